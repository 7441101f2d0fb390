// Paper during an outage: the hardware bridge on this kiosk PC (?bridge=<its local print port>)
// takes a ticket on 127.0.0.1 without the server, so a leased number still goes on paper.

import { pageSetting } from '/display/js/device.js';
import { pad } from '/display/js/server-clock.js';
import { fetchWithin } from './net.js';

const LOCAL_BRIDGE = pageSetting('bridge', '').replace(/[^0-9]/g, '');
const LOCAL_PRINT_MS = 8000;
// numbers a lost record may have handed out twice: tried one after another, a few at most
const ALREADY_TRIES = 5;

/**
 * A leased number for the citizen, printed by the bridge on this PC when {@code paper} says what
 * goes on it (null: not printed here): {number, printed}, or null when no number is left. A number
 * the bridge has tried before (on paper, or on the screen when the paper failed) was given by this
 * kiosk in an outage whose record it then lost (its browser's storage cleared), so the server
 * leased it again: its holder keeps it, and is called once it is handed back, and this citizen
 * gets the next number.
 */
export async function takeAndPrint(offline, body, paper) {
  for (let tries = 0; tries < ALREADY_TRIES; tries++) {
    const number = offline.take(body.field, body.language, body.priority, body.requestId);
    if (!number) return null;
    offline.printing(number, true);
    const outcome = paper ? await printLocally(Object.assign({ number: number }, paper)) : false;
    if (outcome === 'already') offline.givenBefore(number);
    offline.printing(number, false);
    if (outcome !== 'already') return { number: number, printed: outcome === 'printed' };
  }
  return null;
}

/**
 * Prints a number given during an outage: 'printed'; 'already' when the bridge tried this very
 * number before (nothing is printed: the number is someone's already); false when this kiosk has
 * no local bridge or it cannot print. {@code local} is the kiosk's clock in the center's time (its UTC fields).
 */
async function printLocally({ center, day, centerName, number, fieldName, local, note, counters }) {
  if (!LOCAL_BRIDGE) return false;
  const ticket = {
    job: 'offline:' + center + ':' + day + ':' + number.code,
    centerName: centerName, code: number.code, field: fieldName,
    issuedAt: pad(local.getUTCHours()) + ':' + pad(local.getUTCMinutes()) + ' ' + pad(local.getUTCDate()) + '/'
      + pad(local.getUTCMonth() + 1) + '/' + local.getUTCFullYear(),
    // where to go, as the online paper and the screen say it, then why the paper has no tracking code
    lines: counters ? [counters, note] : [note],
  };
  try {
    // text/plain keeps it a simple request: no CORS preflight on a cheap kiosk PC
    const response = await fetchWithin(LOCAL_PRINT_MS, 'http://127.0.0.1:' + LOCAL_BRIDGE + '/print', { method: 'POST',
      headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(ticket) });
    if (!response.ok) return false;
    return (await response.json()).already ? 'already' : 'printed';
  } catch (e) {
    return false;
  }
}
