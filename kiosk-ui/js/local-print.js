// Paper during an outage: the hardware bridge on this kiosk PC (?bridge=<its local print port>)
// takes a ticket on 127.0.0.1 without the server, so a leased number still goes on paper.

import { pageSetting } from '/display/js/device.js';
import { pad } from '/display/js/server-clock.js';
import { fetchWithin } from './net.js';

const LOCAL_BRIDGE = pageSetting('bridge', '').replace(/[^0-9]/g, '');
const LOCAL_PRINT_MS = 8000;

/**
 * Prints a number given during an outage; false when this kiosk has no local bridge or it
 * cannot print. {@code local} is the kiosk's clock in the center's time (its UTC fields).
 */
export async function printLocally({ center, day, centerName, number, fieldName, local, note }) {
  if (!LOCAL_BRIDGE) return false;
  const ticket = {
    job: 'offline:' + center + ':' + day + ':' + number.code,
    centerName: centerName, code: number.code, field: fieldName,
    issuedAt: pad(local.getUTCHours()) + ':' + pad(local.getUTCMinutes()) + ' ' + pad(local.getUTCDate()) + '/'
      + pad(local.getUTCMonth() + 1) + '/' + local.getUTCFullYear(),
    lines: [note],
  };
  try {
    // text/plain keeps it a simple request: no CORS preflight on a cheap kiosk PC
    const response = await fetchWithin(LOCAL_PRINT_MS, 'http://127.0.0.1:' + LOCAL_BRIDGE + '/print', { method: 'POST',
      headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(ticket) });
    return response.ok;
  } catch (e) {
    return false;
  }
}
