// Registers the page's service worker (shell-worker.js in the page's own folder, which is its
// scope): the kiosk and the screens then start again from local copies of their files when they
// are reloaded while the server cannot be reached. Loaded by each of those pages on its own, so
// that nothing else on the page depends on it.
//
// Service workers exist only in a secure context: localhost, https, or the server's plain-http
// LAN address named to Chromium with --unsafely-treat-insecure-origin-as-secure (README.md).
// Elsewhere the page works as before, without the copies.

let kept;
const pageKept = new Promise((resolve) => { kept = resolve; });

if (!('serviceWorker' in navigator)) {
  kept();
} else {
  if (navigator.serviceWorker.controller) kept(); // loaded through the worker: kept as it came
  else keepWhatCameBefore();
  // resolved against the page's address: /kiosk/shell-worker.js, /display/shell-worker.js; the
  // worker and the file it imports are checked for a new version on every load (updateViaCache)
  navigator.serviceWorker.register('shell-worker.js', { updateViaCache: 'none' }).catch(() => {
    // refused (a browser that forbids it, storage off): the page works as it did without it
    kept();
  });
}

/**
 * The worker's first start takes this page over (clients.claim); what the page asked for before
 * did not go through it. The worker is told those files, to keep them too: the page, and every
 * file asked for before it took over, as each comes in (some are still on their way then).
 */
function keepWhatCameBefore() {
  let takenOverAt = null;
  let before = [location.href];
  const tell = (urls) => {
    const worker = navigator.serviceWorker.controller;
    if (!worker || !urls.length) return;
    const reply = new MessageChannel();
    reply.port1.onmessage = () => kept();
    worker.postMessage({ keep: urls }, [reply.port2]);
  };
  new PerformanceObserver((list) => {
    const files = list.getEntries().filter((e) => takenOverAt === null || e.startTime < takenOverAt).map((e) => e.name);
    if (takenOverAt === null) before = before.concat(files);
    else tell(files);
  }).observe({ type: 'resource', buffered: true });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (takenOverAt !== null) return; // a new version of the worker: it keeps what it serves
    takenOverAt = performance.now();
    tell(before);
  });
}

/**
 * Resolves once this page's files are kept for an outage, or after {@code ms} at most (a worker
 * that never starts must not hold the page). The set-up page waits for it before it leaves for
 * the device's page: a browser restarted in an outage opens the set-up page again.
 */
export function whenPageKept(ms) {
  return Promise.race([pageKept, new Promise((resolve) => setTimeout(resolve, ms))]);
}

/**
 * Whether a copy of the page at this address (relative to this page) is kept for an outage: a
 * page opened then would otherwise be the browser's error page. Kept without its query (see
 * shell-worker.js keyOf).
 */
export async function keptForOutage(address) {
  const url = new URL(address, location.href);
  url.search = '';
  try {
    return Boolean(window.caches && await caches.match(url.href));
  } catch (e) {
    return false;
  }
}
