// What every screen page does first: its language, its device token, what the server says the
// device is, and a status badge for the socket. Then it hands over to the page.

import { Messages } from './i18n.js';
import { deviceToken, lastKnownDevice, pageSetting, whoAmI } from './device.js';
import { QUICK_START_MS, within } from './fetch-within.js';
import { Status } from './floor.js';

const RETRY_MS = 5000;

/**
 * @param kinds    the device kinds this page is for (e.g. ['HALL_SCREEN'])
 * @param messages the page's message bundle, if not the screens' one
 * @param options  optional: {withoutServer: true} for a page that works while the server cannot be
 *                 reached (the kiosk gives numbers leased for outages): reloaded in an outage, it
 *                 starts as the device the server last said it was, rather than wait for the server
 * @returns {Promise<{messages, token, device}>}, or never resolves when the page cannot run
 *          (it then shows why, or goes to the set-up page)
 */
export async function startScreen(kinds, messages, options) {
  if (!messages) messages = await Messages.load(pageSetting('lang', 'vi'));
  messages.apply();
  const token = deviceToken();
  if (!token) {
    location.replace('/display/?lang=' + messages.lang);
    return new Promise(() => {});
  }
  for (;;) {
    const known = options && options.withoutServer ? lastKnownDevice(token) : null;
    const usable = known && kinds.indexOf(known.kind) >= 0 ? known : null;
    try {
      const asking = whoAmI(token);
      const device = usable ? await within(QUICK_START_MS, asking, usable) : await asking;
      if (device === usable) {
        // no answer yet (a stalled link): started as the device it was; a late answer that the
        // token was revoked still stops it
        showStatus(messages, 'setup.offline');
        asking.then((answer) => { if (answer === null) stop(messages.t('status.unpaired')); }, () => {});
        return { messages: messages, token: token, device: usable };
      }
      if (device === null) return stop(messages.t('status.unpaired'));
      if (kinds.indexOf(device.kind) < 0) return stop(messages.t('setup.wrongKind'));
      return { messages: messages, token: token, device: device };
    } catch (e) {
      showStatus(messages, 'setup.offline');
      if (usable) return { messages: messages, token: token, device: usable };
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

/** For FloorConnection's isRevoked: a refused upgrade looks like any failure, the API tells. */
export function revokedCheck(token) {
  return () => whoAmI(token).then((device) => device === null);
}

/** The badge: hidden while live, a clear message otherwise. */
export function showConnection(messages, status) {
  if (status === Status.LIVE) showStatus(messages, null);
  else if (status === Status.REVOKED) stop(messages.t('status.revoked'));
  else showStatus(messages, 'status.' + status);
}

function showStatus(messages, key) {
  const badge = document.getElementById('status');
  badge.hidden = key === null;
  if (key) badge.textContent = messages.t(key);
}

function stop(text) {
  const blocker = document.getElementById('blocked');
  blocker.textContent = text;
  blocker.hidden = false;
  return new Promise(() => {});
}
