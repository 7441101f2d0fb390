// What the kiosk and the guidance desk need to talk to the server over a commune LAN that stalls.

/**
 * The id given to each ticket request: sent again with a request whose answer never came, it
 * gets the ticket the first one issued, never a second ticket for one citizen.
 * 128 random bits in hex (crypto.randomUUID needs HTTPS, which a commune LAN rarely has).
 */
export function newRequestId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A read (the kiosk's view, a search) with no answer by then is dropped: the browser has six
 * connections to the server, and reads stuck on a link that lost them would leave none for the
 * next ticket or hand-back.
 */
export const READ_MS = 10000;

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
