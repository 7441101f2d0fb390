// The screens' service worker (the kiosk's, kiosk-ui/shell-worker.js, is this same file). A TV box
// or kiosk PC whose browser restarts while the server cannot be reached (a power blip, F5) would
// show Chromium's own error page until someone reloads it by hand; with this worker the page
// starts from local copies of its own files, and waits, reconnects or gives outage numbers as it
// does when the network drops under it.
//
// Network first: while the server answers, the page gets the server's current files (an upgrade
// is never hidden behind old code), and each answer refreshes the copy kept. Only when the network
// fails, or gives no answer within a few seconds (a stalled LAN must not hang the page), does the
// copy answer. Only the pages' static files are kept: never the API (its answers are this
// device's and this moment's; the pages keep what they need of them themselves), the floor
// socket, a POST, or anything sent with a device token.

const CACHE = 'onedoor-shell:' + new URL(self.registration.scope).pathname;
// a stalled LAN: the copy answers after this long
const NETWORK_MS = 4000;
// after a failed try the copies answer at once for this long: a page's many files each waiting
// NETWORK_MS one after another would take a minute to start on a stalled link
const OUT_OF_REACH_MS = 15000;
// the pages' own files, the fonts, the icon, and the voice clips the kiosk says its prompts with
const SHELL = /^\/(display|kiosk|fonts|voice)\/|^\/favicon\.svg$/;

let outOfReachUntil = 0;

self.addEventListener('install', () => self.skipWaiting());
// the page that registered the worker is served by it from now on, not from its next load
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  if (!isShell(event.request)) return; // the browser fetches it as if there were no worker
  event.respondWith(networkFirst(event, event.request));
});

// The files a page loaded before this worker took it over (its first start): kept at once, or a
// reload in an outage soon after the first start would find nothing. The page is told when.
self.addEventListener('message', (event) => {
  if (!event.data || !Array.isArray(event.data.keep)) return;
  const keys = event.data.keep.filter((url) => typeof url === 'string' && isShell(new Request(url))).map(keyOf);
  const done = Promise.all(keys.map((key) => fetch(key).then((response) => keep(key, response), () => {})));
  event.waitUntil(done.then(() => { if (event.ports[0]) event.ports[0].postMessage('kept'); }));
});

function isShell(request) {
  const url = new URL(request.url);
  return request.method === 'GET' && url.origin === self.location.origin && SHELL.test(url.pathname)
    && !request.headers.has('Authorization')
    // a sound played straight from the server asks for a byte range: a partial answer cannot be kept
    && !request.headers.has('Range');
}

/**
 * The address a copy is kept under: without its query, so a token in a page's address
 * (?token=…, on a screen's first start) is never kept, and the page reloaded without it finds its copy.
 */
function keyOf(url) {
  const address = new URL(url);
  address.search = '';
  address.hash = '';
  return address.href;
}

async function networkFirst(event, request) {
  const key = keyOf(request.url);
  if (Date.now() < outOfReachUntil) {
    const kept = await caches.match(key);
    if (kept) return kept;
  }
  const abort = new AbortController();
  // revalidated with the server, not taken from the browser's HTTP cache: the current file
  const network = fetch(request, { cache: request.cache === 'default' ? 'no-cache' : request.cache, signal: abort.signal })
    .then((response) => {
      outOfReachUntil = 0;
      event.waitUntil(keep(key, response.clone()));
      return response;
    });
  const late = new Promise((resolve) => setTimeout(resolve, NETWORK_MS, null));
  try {
    const answer = await Promise.race([network, late]);
    if (answer) return answer;
  } catch (e) {
    // refused, reset, no route: the copy, if one was kept
  }
  // any worker's copy will do (the kiosk's and the screens' pages share files): the server's file either way
  const kept = await caches.match(key);
  if (!kept) return network; // nothing kept: as if there were no worker (an answer, or the browser's error)
  outOfReachUntil = Date.now() + OUT_OF_REACH_MS;
  abort.abort(); // a request left hanging on a stalled link holds one of the few connections to the server
  network.catch(() => {});
  return kept;
}

/**
 * Keeps a whole, plain answer (no error, no redirect, no partial content), as a copy that does
 * not carry the address it was fetched from (it may have had a token in its query).
 */
async function keep(key, response) {
  if (response.status !== 200 || response.type !== 'basic' || response.redirected) return;
  try {
    const body = await response.blob();
    const headers = new Headers(response.headers);
    // the body kept is the decoded one, whatever length and encoding it came with
    headers.delete('Content-Encoding');
    headers.delete('Content-Length');
    const cache = await caches.open(CACHE);
    await cache.put(key, new Response(body, { status: 200, statusText: response.statusText, headers: headers }));
  } catch (e) {
    // the body broke off, or the disk is full: the copy kept before (if any) stays
  }
}
