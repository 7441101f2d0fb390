// fetch with a time limit, for every page on a commune LAN that stalls: the kiosk, the guidance
// desk and the screens.

/**
 * How long a request may wait for its whole answer before it is taken for stalled and tried again
 * (a server rebooting, a half-open link after a Wi-Fi roam): the limit of every read and small
 * write of the screens, the kiosk and the guidance desk that has no reason of its own for another.
 */
export const STALL_MS = 10000;

/**
 * How long a page that can start from what it kept (the kiosk, reloaded in an outage) waits for
 * each of its first reads before it starts from its copy, the read going on behind it: as long
 * as the service worker waits for a file (shell-worker.js). With STALL_MS for each, a stalled
 * link kept the kiosk blank for 20-30 s after a reload.
 */
export const QUICK_START_MS = 4000;

/** {@code promise}'s outcome, or {@code fallback} if it has none after {@code ms}. */
export function within(ms, promise, fallback) {
  let timer;
  const late = new Promise((resolve) => { timer = setTimeout(resolve, ms, fallback); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Statuses whose answer has no body (a Response built with one would throw). */
const NO_BODY = new Set([204, 205, 304]);

/**
 * fetch, given up (rejected) when no whole answer came within {@code ms}: a link that stalls
 * without an error would otherwise keep the caller waiting for minutes (the browser's own limit).
 * The limit covers the body too, read here into the answer returned: a link can stall after the
 * headers, and a body read of the caller's own would have no limit (the kiosk's lease renewal
 * waited on one for good, and with it every later hand-back).
 */
export async function fetchWithin(ms, url, options) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  try {
    const response = await fetch(url, Object.assign({ signal: abort.signal }, options));
    const body = await response.arrayBuffer();
    return new Response(NO_BODY.has(response.status) ? null : body,
      { status: response.status, statusText: response.statusText, headers: response.headers });
  } finally {
    clearTimeout(timer);
  }
}
