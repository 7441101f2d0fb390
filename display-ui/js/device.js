// A screen is set up with one thing: its device token. It comes once in the address
// (?token=…, typed or scanned by the technician), is kept in the browser's storage and removed
// from the address bar so it does not linger on the screen. The server tells the screen the rest.

import { STALL_MS, fetchWithin } from './fetch-within.js';

const KEY = 'onedoor.deviceToken';
const DEVICE_KEY = 'onedoor.device';

export function deviceToken() {
  const params = new URLSearchParams(location.search);
  const fromAddress = params.get('token');
  if (fromAddress) {
    // a WebView without storage keeps the token in its address, or it would lose it on reload
    if (!storeToken(fromAddress)) return fromAddress;
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
    return fromAddress;
  }
  try {
    return localStorage.getItem(KEY);
  } catch (e) {
    return null;
  }
}

/** Keeps the token; false when the browser has no storage that works. */
export function storeToken(token) {
  try {
    localStorage.setItem(KEY, token);
    return localStorage.getItem(KEY) === token;
  } catch (e) {
    return false;
  }
}

export function forgetToken() {
  try {
    localStorage.removeItem(KEY);
  } catch (e) {
    // nothing stored
  }
}

/**
 * Asks the server what this device is: {kind, center, centerName, counter}. Resolves to null
 * when the token is unknown or revoked (401), throws when the server cannot be reached.
 */
export async function whoAmI(token) {
  const response = await fetchWithin(STALL_MS, '/api/device', { headers: { Authorization: 'Bearer ' + token } });
  if (response.status === 401 || response.status === 403) {
    keepDevice(token, null);
    return null;
  }
  if (!response.ok) throw new Error('Server answered ' + response.status);
  const device = await response.json();
  keepDevice(token, device);
  return device;
}

/**
 * What the server last said this device is (as whoAmI), for a page started while the server
 * cannot be reached: its page reloaded in an outage. Null when it never said, said the token was
 * unknown, or said it of another token (the device paired again).
 */
export function lastKnownDevice(token) {
  try {
    const kept = JSON.parse(localStorage.getItem(DEVICE_KEY));
    return kept && kept.tokenEnd === token.slice(-12) ? kept.device : null;
  } catch (e) {
    return null;
  }
}

/** Kept with the token's end only: the token itself is the device's secret. */
function keepDevice(token, device) {
  try {
    if (device) localStorage.setItem(DEVICE_KEY, JSON.stringify({ tokenEnd: token.slice(-12), device: device }));
    else localStorage.removeItem(DEVICE_KEY);
  } catch (e) {
    // no storage: a reload in an outage waits for the server
  }
}

/** The page's own settings from its address: ?lang=en&voice=vi,hmn */
export function pageSetting(name, fallback) {
  const value = new URLSearchParams(location.search).get(name);
  return value === null || value === '' ? fallback : value;
}

/** A page setting in seconds (?packs=600), in ms: at least a second, the fallback when unreadable. */
export function pageSeconds(name, fallbackSeconds) {
  return Math.max(1, Number(pageSetting(name, String(fallbackSeconds))) || fallbackSeconds) * 1000;
}
