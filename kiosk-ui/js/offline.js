// Numbers for a server outage. The server leases this kiosk a block of numbers per field for the
// day (990-999…); the kiosk keeps them in localStorage, so they survive a reload or a power cut,
// gives one to a citizen when the server cannot be reached, and hands the tickets issued so back
// (number, field, arrival time) as soon as the server answers again, which records each once and
// has the counters call them in their turn.

import { fetchWithin, newRequestId } from './net.js';

const STORE = 'onedoor.kiosk.offline';
const RENEW_MS = 5 * 60000;     // a lease is refreshed this often while online (and after a hand-back)
const HAND_BACK_MS = 5000;      // while tickets wait to be handed back, the server is tried this often
// a hand-back or lease with no answer by then is given up and tried again at a later tick: one that
// hung on a stalled link would hold back every later try until the browser gave up, minutes later
const ANSWER_MS = 15000;

export class OfflineNumbers {
  constructor(token, clock) {
    this.token = token;
    this.clock = clock;
    // per device: a kiosk PC paired again must not hand back the numbers of its former token
    this.key = STORE + '.' + token.slice(-12);
    this.state = read(this.key);
    this.renewedAt = 0;
  }

  start() {
    this.tick();
    setInterval(() => this.tick(), HAND_BACK_MS);
  }

  async tick() {
    if (this.busy) return;
    this.busy = true;
    try {
      if (this.state.outbox.length) await this.handBack();
      if (!this.state.outbox.length && Date.now() - this.renewedAt > RENEW_MS) await this.renew();
    } catch (e) {
      // still out of reach: the next tick tries again
    } finally {
      this.busy = false;
    }
  }

  /**
   * Today's free numbers from the server (the same ones again unless a field ran out). It is told
   * the day of the lease kept here: none, or an older one (storage emptied, or restored from an
   * older day), and it retires today's blocks this kiosk may have given from, and leases new ones.
   */
  async renew() {
    const response = await fetchWithin(ANSWER_MS, '/api/kiosk/lease?held=' + encodeURIComponent(this.state.day || 'none'),
      { method: 'POST', headers: this.headers() });
    if (!response.ok) return;
    const lease = await response.json();
    const issued = new Set(this.state.outbox.map((t) => t.field + ':' + t.number));
    const free = {};
    lease.fields.forEach((f) => {
      free[f.field] = f.numbers.filter((n) => !issued.has(f.field + ':' + n.number));
    });
    this.state.day = lease.day;
    this.state.free = free;
    this.renewedAt = Date.now();
    this.save();
  }

  /**
   * A number for a citizen while the server is out of reach, or null when none is left for today.
   * requestId: the online request given up on, handed back with the number (see kiosk.js issue).
   */
  take(field, language, priority, requestId) {
    if (this.state.day !== this.today()) return null;
    const numbers = this.state.free[field];
    if (!numbers || !numbers.length) return null;
    const next = numbers.shift();
    const ticket = { field: field, number: next.number, code: next.code,
      issuedAt: new Date(this.clock.now()).toISOString(), language: language };
    // not handed back (the server's record has no use for it): said to the citizen
    Object.defineProperty(ticket, 'spokenCode', { value: next.spokenCode, enumerable: false });
    if (priority) ticket.priority = priority;
    if (requestId) ticket.requestId = requestId;
    this.state.outbox.push(ticket);
    this.save();
    return ticket;
  }

  /**
   * A number taken while the bridge says whether it prints it (local-print.js takeAndPrint): not
   * handed back meanwhile, for the citizen's request may not stay with it. Not kept in storage: a
   * page reloaded meanwhile hands it back as it is.
   */
  printing(ticket, busy) {
    Object.defineProperty(ticket, 'printing', { value: busy, enumerable: false, configurable: true });
  }

  /**
   * A number taken that was someone's already (see takeAndPrint): it stays to be handed back, so
   * its holder is called, but as a request of its own, not the citizen's, whose request goes with
   * their own number, and without the citizen's priority and language, which are not its holder's.
   */
  givenBefore(ticket) {
    ticket.requestId = newRequestId();
    delete ticket.priority;
    delete ticket.language;
    this.save();
  }

  async handBack() {
    const sending = this.state.outbox.filter((t) => !t.printing).slice(0, 200);
    if (!sending.length) return;
    const response = await fetchWithin(ANSWER_MS, '/api/kiosk/offline-tickets', {
      method: 'POST', headers: this.headers(), body: JSON.stringify(sending) });
    // kept for the next try when the server was busy or slow (5xx, 408, 429); any other 4xx (a
    // malformed batch, a revoked kiosk) will not get better by sending the same again: dropped
    if (!response.ok && (response.status >= 500 || response.status === 408 || response.status === 429)) return;
    const sent = new Set(sending.map((t) => t.field + ':' + t.number));
    this.state.outbox = this.state.outbox.filter((t) => !sent.has(t.field + ':' + t.number));
    this.save();
    this.renewedAt = 0;
  }

  /** What waits to be handed back (for the technician's console and the tests). */
  waiting() {
    return this.state.outbox.slice();
  }

  today() {
    return this.clock.local().toISOString().slice(0, 10);
  }

  headers() {
    return { 'Content-Type': 'application/json', Authorization: 'Bearer ' + this.token };
  }

  save() {
    try {
      localStorage.setItem(this.key, JSON.stringify(this.state));
    } catch (e) {
      // storage full or off: the numbers still work until the page reloads
    }
  }
}

function read(key) {
  try {
    const state = JSON.parse(localStorage.getItem(key));
    if (state && state.free && Array.isArray(state.outbox)) return state;
  } catch (e) {
    // nothing kept, or unreadable
  }
  return { day: null, free: {}, outbox: [] };
}
