// Asking the server for a ticket, and what the kiosk then says about the paper. Apart from the
// kiosk's screens so the rules are read in one place: which answers mean "no paper", and which
// mean "try the numbers leased for an outage".

import { fetchWithin } from './net.js';

/**
 * A ticket request with no answer by then (a stalled network, a frozen server) is an outage: the
 * citizen gets a leased number instead of a frozen Take button.
 */
const ISSUE_MS = 8000;

/** The server's answer to a ticket request, or null when none came in time (no network, an abort). */
export async function requestTicket(token, body) {
  try {
    return await fetchWithin(ISSUE_MS, '/api/kiosk/tickets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
      body: JSON.stringify(body),
    });
  } catch (e) {
    return null; // a late answer is never shown
  }
}

/** Out of reach (no answer, or the server or its database down): the kiosk hands out a leased number. */
export function outOfReach(response) {
  return !response || response.status >= 500;
}

/**
 * Too fast for this kiosk (429), the server overloaded or down behind a proxy (5xx), or no network
 * at all: nothing was issued and a moment later it may work, so the citizen is asked to wait
 * rather than sent away. Other refusals (a field just closed) stay "go to the desk".
 */
export function busy(response) {
  return !response || response.status === 429 || response.status >= 500;
}

/** The line under the number and the spoken prompt, by the printer state the server answered with. */
export function paperNote(printer, browserPrinting) {
  // UNKNOWN: the bridge is connected but has not reported its printer yet; the server sends it the ticket all the same
  if (browserPrinting || ['READY', 'PAPER_LOW', 'UNKNOWN'].includes(printer)) {
    return { note: 'kiosk.takePaper', prompt: 'say.ticket' };
  }
  return printer === 'NONE' ? { note: 'kiosk.screenOnly', prompt: 'say.ticketScreen' }
    : { note: 'kiosk.noPaper', prompt: 'say.ticketNoPaper' };
}
