// The kiosk's view of its center (fields, hours, priority groups), as last read, for a kiosk
// reloaded while the server cannot be reached (its PC restarted, a power blip, F5). Its files come
// back from the service worker's copies (shell-worker.js), which never keeps API answers: without
// this view it would wait for the server with a blank screen instead of giving the numbers leased
// for outages (offline.js), which are kept in storage as well.

import { openAt } from './hours.js';
import { QUICK_START_MS, within } from '/display/js/fetch-within.js';

const STORE = 'onedoor.kiosk.view';
// a kiosk switched on before the server (after a power cut) asks again this often
const RETRY_MS = 5000;

export class KeptView {
  constructor(token) {
    // per device, like the lease: a kiosk PC paired again must not show its former center
    this.key = STORE + '.' + token.slice(-12);
  }

  /** Keeps a view the server answered with, and when it came by this PC's clock. */
  keep(view) {
    try {
      localStorage.setItem(this.key, JSON.stringify({ view: view, readAt: Date.now() }));
    } catch (e) {
      // storage full or off: a reload in an outage waits for the server
    }
  }

  /** Whether a view was kept (without reading it into the clock as read() does). */
  holds() {
    try {
      return localStorage.getItem(this.key) !== null;
    } catch (e) {
      return false;
    }
  }

  /**
   * The view last kept, as of now: the kiosk's clock (a ServerClock) set to the server's time as
   * it was then plus the time passed since on this PC's clock (which may be off from the server's,
   * and the lease's day and the hours are the server's), and open or closed by its hours on that
   * clock, not by what the server said when it was read. Null if none was kept.
   */
  read(clock) {
    let kept = null;
    try {
      kept = JSON.parse(localStorage.getItem(this.key));
    } catch (e) {
      // unreadable: as if none was kept
    }
    const view = kept && kept.view;
    if (!view || !Array.isArray(view.fields) || typeof kept.readAt !== 'number') return null;
    const serverNow = Date.parse(view.serverTime) + (Date.now() - kept.readAt);
    clock.sync(isNaN(serverNow) ? null : new Date(serverNow).toISOString(), view.utcOffsetSeconds);
    view.open = openAt(view, clock.local());
    return view;
  }

  /**
   * The view to start with: read()'s (the server's answer, or nothing) once it gives one. While
   * the server cannot be reached, answers without one, or has not answered within
   * QUICK_START_MS (a stalled link; read() goes on, and its view is drawn when it comes), the
   * view kept, if there is one; else read() again every few seconds.
   */
  async first(read, clock) {
    for (;;) {
      try {
        const reading = read();
        const view = await (this.holds() ? within(QUICK_START_MS, reading, null) : reading);
        if (view) return view;
      } catch (e) {
        // not reachable yet
      }
      const kept = this.read(clock);
      if (kept) return kept;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}
