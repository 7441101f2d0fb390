// First start of a screen: the technician types (or the address carries) the device token; the
// server says what kind of device it is and the screen opens the right page from then on.

import { Messages } from './i18n.js';
import { QUICK_START_MS, STALL_MS, fetchWithin, within } from './fetch-within.js';
import { keptForOutage, whenPageKept } from './offline-shell.js';
import { deviceToken, forgetToken, lastKnownDevice, pageSetting, storeToken, whoAmI } from './device.js';

const PAGES = { HALL_SCREEN: 'hall.html', COUNTER_SCREEN: 'counter.html', KIOSK: '/kiosk/' };
// this page is kept for an outage before it is left, but a worker that never starts holds it no longer
const KEEP_WAIT_MS = 3000;
// whoAmI's outcome when the server did not answer (down, or a stalled link)
const STALLED = {};

async function main() {
  const messages = await Messages.load(pageSetting('lang', 'vi'));
  messages.apply();
  const problem = document.getElementById('problem');
  const say = (key) => { problem.textContent = messages.t(key); problem.hidden = false; };

  let retry = null;
  const open = async (token) => {
    clearTimeout(retry);
    // the browser restarted in an outage (the page it is started on is this one): the device's
    // own page, from the copies its worker kept, gives outage numbers or waits for the server
    const known = lastKnownDevice(token);
    const kept = known && PAGES[known.kind] && await keptForOutage(PAGES[known.kind]) ? PAGES[known.kind] : null;
    let device;
    try {
      // on a stalled link a device with its page kept goes to it after QUICK_START_MS, as that page
      // starts from its copies, not after the full STALL_MS; its page asks the server again itself
      device = kept ? await within(QUICK_START_MS, whoAmI(token), STALLED) : await whoAmI(token);
    } catch (e) {
      device = STALLED;
    }
    if (device === STALLED) {
      say('setup.offline');
      if (kept) location.replace(kept + location.search);
      else retry = setTimeout(() => open(token), 5000);
      return;
    }
    if (device === null) {
      forgetToken();
      say('status.unpaired');
    } else if (!PAGES[device.kind]) {
      say('setup.wrongKind');
    } else {
      await whenPageKept(KEEP_WAIT_MS);
      const search = location.search ? location.search + '&' : '?';
      // without storage that works, the token travels in the address
      location.replace(PAGES[device.kind] + (storeToken(token) ? location.search : search + 'token=' + encodeURIComponent(token)));
    }
  };

  document.getElementById('setup').addEventListener('submit', (e) => {
    e.preventDefault();
    open(document.getElementById('token').value.trim());
  });
  const known = deviceToken();
  if (known) open(known);
  else pairByCode(open);
}

const POLL_MS = 3000;

/**
 * Without a token, the screen asks for a six-digit code and shows it; once an administrator has
 * typed it in (Administration → Devices), the screen collects its token and starts. Asking every
 * few seconds is fine here: it happens once in a screen's life.
 */
async function pairByCode(open) {
  let request;
  try {
    const response = await fetchWithin(STALL_MS, '/api/pairing', { method: 'POST' });
    if (!response.ok) throw new Error(String(response.status));
    request = await response.json();
  } catch (e) {
    setTimeout(() => pairByCode(open), POLL_MS * 3);
    return;
  }
  document.getElementById('pairing').hidden = false;
  document.getElementById('pairing-code').textContent = request.code.slice(0, 3) + ' ' + request.code.slice(3);
  const poll = async () => {
    let response;
    try {
      response = await fetchWithin(STALL_MS, '/api/pairing/' + encodeURIComponent(request.secret));
    } catch (e) {
      setTimeout(poll, POLL_MS);
      return;
    }
    if (response.status === 200) {
      const paired = await response.json();
      document.getElementById('pairing').hidden = true;
      open(paired.token);
    } else if (response.status === 204) {
      setTimeout(poll, POLL_MS);
    } else {
      pairByCode(open); // expired: a new code
    }
  };
  setTimeout(poll, POLL_MS);
}

main();
