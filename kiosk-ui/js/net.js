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
export { STALL_MS as READ_MS } from '/display/js/fetch-within.js';

/** fetch with a time limit for the whole answer: shared with the screens (display-ui/js/fetch-within.js). */
export { fetchWithin } from '/display/js/fetch-within.js';
