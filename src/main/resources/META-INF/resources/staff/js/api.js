// Calls the API as the signed-in user: the session cookie goes by itself, the CSRF token from the
// readable onedoor-csrf cookie goes in a header. Without a session (the token cookie ends with
// it) the page goes to sign-in before calling anything: an anonymous call would be answered with
// a Basic challenge, and the browser would pop up its own password box.

import { fetchWithin } from '/display/js/fetch-within.js';

export function csrfToken() {
  const match = document.cookie.match(/(?:^|; )onedoor-csrf=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/**
 * The staff pages' language: the one the address asks for (?lang=vi or en), which is then kept in
 * the onedoor-lang cookie as the server-rendered staff pages keep it; else the kept one; else
 * Vietnamese. For the pages the server does not render (the guidance desk).
 */
export function staffLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'vi' || asked === 'en') {
    document.cookie = 'onedoor-lang=' + asked + '; path=/; max-age=31536000; samesite=lax';
    return asked;
  }
  const kept = document.cookie.match(/(?:^|; )onedoor-lang=(vi|en)(?:;|$)/);
  return kept ? kept[1] : 'vi';
}

/** This page in the other staff language, for the header's switch: its other settings kept. */
export function otherLanguageAddress(language) {
  const url = new URL(location.href);
  url.searchParams.set('lang', language === 'en' ? 'vi' : 'en');
  // one leading slash: "//kiosk/guide.html" would be a link to a host named "kiosk"
  return '/' + url.pathname.replace(/^\/+/, '') + url.search;
}

/**
 * A manager's long work (reports, imports, the audit export) may take minutes; the server answers
 * anything else within its 10 s deadline (RequestDeadline), so no answer by ANSWER_MS means the
 * request or its answer was lost on the way: it is given up (rejected), as when the network fails,
 * instead of holding the page's one action at a time, and the browser's connections, for minutes.
 */
const LONG_WORK = /^\/api\/(reports|audit\/csv|centers\/[^/]+\/(fields|procedures)\/import)/;
const ANSWER_MS = 15000;

/** POST (or another method) with a JSON body; resolves {ok, status, body}. */
export function send(method, path, body) {
  return body === undefined ? sendRaw(method, path) : sendRaw(method, path, JSON.stringify(body), 'application/json');
}

/** The same with a body as it is (a file, a CSV text) and its content type. */
export async function sendRaw(method, path, body, type) {
  if (!csrfToken()) {
    signIn();
    return new Promise(() => {});
  }
  // the server words its refusals (problem details) in the page's language
  const headers = { 'X-CSRF-Token': csrfToken(), 'Accept-Language': document.documentElement.lang || 'vi' };
  const options = { method: method, headers: headers, credentials: 'same-origin' };
  if (body !== undefined) {
    options.headers['Content-Type'] = type;
    options.body = body;
  }
  const url = location.origin + path;
  const response = LONG_WORK.test(path) ? await fetch(url, options) : await fetchWithin(ANSWER_MS, url, options);
  if (response.status === 401) signIn();
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch (e) {
    parsed = null;
  }
  return { ok: response.ok, status: response.status, body: parsed };
}

/** A refusal in words: the server's detail, then what was wrong with each value, else the status. */
export function problemText(answer) {
  const body = answer.body || {};
  const parts = [body.detail, (body.errors || []).join('; ')].filter((part) => part);
  return parts.length ? parts.join(' ') : String(answer.status);
}

export function get(path) {
  return send('GET', path);
}

/**
 * This page's own sign-out is on its way. Its answer leads to the sign-in page; the floor socket
 * the sign-out closes must not send the page there first with "come back here after", or the next
 * person to sign in on this desk would be sent to this page.
 */
let signingOut = false;
document.addEventListener('submit', (e) => {
  if (e.target.matches('form[action="/login/out"]')) signingOut = true;
}, true);

/** To the sign-in page, coming back here after it. */
export function signIn() {
  if (signingOut) return;
  location.assign('/login?next=' + encodeURIComponent(location.pathname + location.search));
}
