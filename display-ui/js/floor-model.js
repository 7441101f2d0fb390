// The floor as a screen knows it: built from a Snapshot, then changed by each event. No drawing
// here, so the hall screen, the counter screen and the kiosk share one reading of the protocol.

const CALLS_KEPT = 10;

export class FloorModel {
  constructor() {
    this.centerName = '';
    this.notice = null;
    // code → {field, names, colour, waiting, inLane, estimatedWaitMinutes, openCounters}: waiting counts
    // every citizen of the field (the hall's), inLane those its counters call in turn (not sent to one)
    this.fields = {};
    this.fieldOrder = [];
    this.counters = {};     // number → {number, label, state, officer, officerName, fields, nowServing, sentHere}
    this.calls = [];        // newest first: {key, code, counter, field, recall, occurredAt, clips}
    this.printers = {};     // bridge id → {bridge, name, state}: the center's ticket printers
    this.hours = null;      // {opensAt, closesAt, reopensAt} as ms: the opening period now or next (null: none)
  }

  load(snapshot) {
    this.centerName = snapshot.centerName;
    this.notice = snapshot.notice;
    this.hours = hoursOf(snapshot.hours);
    this.fields = {};
    this.fieldOrder = [];
    snapshot.fields.forEach((f) => {
      this.fields[f.field] = {
        field: f.field, names: f.names || {}, colour: f.colour, waiting: f.waiting, inLane: f.inLane,
        estimatedWaitMinutes: f.estimatedWaitMinutes, openCounters: f.openCounters,
      };
      this.fieldOrder.push(f.field);
    });
    this.counters = {};
    snapshot.counters.forEach((c) => {
      this.counters[c.number] = counterOf(c);
    });
    this.calls = snapshot.lastCalls.map(callOf);
    this.printers = {};
    (snapshot.printers || []).forEach((p) => { this.printers[p.bridge] = p; });
  }

  /**
   * A manager's edit (LayoutChanged), read afresh ({@code readLayout}): the fields' names, colours
   * and order, and the counters' labels and fields. What the events keep current stays: the counts
   * and estimates, each counter's state, officer and ticket. A field or counter added comes in; one
   * taken away goes.
   */
  applyLayout(layout) {
    const fields = {};
    const order = layout.fields.slice().sort((a, b) => (a.displayOrder - b.displayOrder) || (a.code < b.code ? -1 : 1));
    order.forEach((f) => {
      const known = this.fields[f.code] || { waiting: 0, inLane: 0, estimatedWaitMinutes: null, openCounters: 0 };
      fields[f.code] = Object.assign({}, known, { field: f.code, names: f.names || {}, colour: f.colour });
    });
    this.fields = fields;
    this.fieldOrder = order.map((f) => f.code);
    const counters = {};
    layout.counters.forEach((c) => {
      const known = this.counters[c.number];
      counters[c.number] = known
        ? Object.assign({}, known, { label: c.label, fields: c.fields })
        : counterOf(c);
    });
    this.counters = counters;
  }

  /** Applies one event; returns the call it made (a TicketCalled or TicketRecalled), else null. */
  apply(event) {
    const body = event.body;
    const ticket = body.ticket;
    switch (event.type) {
      case 'TicketCalled':
      case 'TicketRecalled': {
        const call = callOf(event);
        // the recalls so far: the counter workspace offers a no-show only after as many as the center asks
        this.counter(ticket.counter).nowServing = { id: ticket.id, code: ticket.code, field: ticket.field, state: 'CALLED',
          recallCount: ticket.recallCount || 0 };
        this.calls = [call].concat(this.calls.filter((c) => c.key !== call.key)).slice(0, CALLS_KEPT);
        return call;
      }
      case 'TicketServing':
        this.counter(ticket.counter).nowServing = { id: ticket.id, code: ticket.code, field: ticket.field, state: 'SERVING' };
        return null;
      case 'TicketDone':
      case 'TicketNoShow':
      case 'TicketCancelled':
        this.release(ticket.id);
        return null;
      case 'TicketTransferred':
        this.release(ticket.id);
        return null;
      case 'CounterStateChanged': {
        const counter = this.counter(body.counter);
        counter.state = body.state;
        counter.officer = body.officer;
        counter.officerName = body.officerName || null;
        return null;
      }
      case 'QueueChanged':
        body.fields.forEach((w) => {
          if (!this.fields[w.field]) {
            this.fields[w.field] = { field: w.field, names: {}, colour: null };
            this.fieldOrder.push(w.field);
          }
          const field = this.fields[w.field];
          field.waiting = w.waiting;
          field.inLane = w.inLane;
          field.estimatedWaitMinutes = w.estimatedWaitMinutes;
          field.openCounters = w.openCounters;
        });
        // those sent to one counter (a transfer): a counter left out has none now
        if (body.sentToCounters) {
          Object.keys(this.counters).forEach((n) => { this.counters[n].sentHere = 0; });
          body.sentToCounters.forEach((w) => { this.counter(w.counter).sentHere = w.waiting; });
        }
        return null;
      case 'NoticeChanged':
        this.notice = body.notice;
        return null;
      case 'HoursChanged':
        this.hours = hoursOf(body.hours);
        return null;
      case 'CenterRenamed':
        this.centerName = body.name;
        return null;
      case 'PrinterStateChanged':
        this.printers[body.bridge] = { bridge: body.bridge, name: body.name, state: body.state };
        return null;
      default:
        return null; // TicketIssued, TicketRated: nothing a screen draws changes; LayoutChanged: see applyLayout
    }
  }

  /** Ticket printers that need someone: low or out of paper, offline, faulty. */
  printerAlerts() {
    return Object.keys(this.printers).map((k) => this.printers[k]).filter((p) => p.state !== 'READY');
  }

  counterList() {
    return Object.keys(this.counters).map(Number).sort((a, b) => a - b).map((n) => this.counters[n]);
  }

  fieldList() {
    return this.fieldOrder.map((code) => this.fields[code]);
  }

  colourOf(fieldCode) {
    const field = this.fields[fieldCode];
    return (field && field.colour) || '#5f6b7a';
  }

  counter(number) {
    if (!this.counters[number]) {
      this.counters[number] = { number: number, label: null, state: 'OPEN', officer: null, fields: [], nowServing: null, sentHere: 0 };
    }
    return this.counters[number];
  }

  /**
   * Whether the center is out of hours at {@code now} (server ms), and if so when it opens next
   * (ms; null when not known): {@code {reopensAt}}. Null while it is open, or when it has no hours.
   */
  closedAt(now) {
    const h = this.hours;
    if (!h) return null;
    if (now < h.opensAt) return { reopensAt: h.opensAt };
    // past the next opening, the new service day's snapshot (read by then, or soon) has the hours
    if (now >= h.closesAt && (h.reopensAt === null || now < h.reopensAt)) return { reopensAt: h.reopensAt };
    return null;
  }

  release(ticketId) {
    Object.keys(this.counters).forEach((n) => {
      const c = this.counters[n];
      if (c.nowServing && c.nowServing.id === ticketId) c.nowServing = null;
    });
  }
}

/** A counter as the model keeps it, from the snapshot's or the layout's (which has no ticket nor count). */
function counterOf(c) {
  return {
    number: c.number, label: c.label, state: c.state, officer: c.officer, officerName: c.officerName || null,
    fields: c.fields, nowServing: c.nowServing ? serving(c.nowServing) : null, sentHere: c.sentHere || 0,
  };
}

function serving(s) {
  return { id: s.id, code: s.code, field: s.field, state: s.state, recallCount: s.recallCount || 0 };
}

/** A call as screens use it: keyed by its sequence number, which is unique per center. */
function callOf(event) {
  const t = event.body.ticket;
  return {
    key: event.seq, code: t.code, counter: t.counter, field: t.field, recall: event.type === 'TicketRecalled',
    occurredAt: Date.parse(event.occurredAt), clips: event.body.announcement || [],
  };
}

/** The snapshot's or HoursChanged's opening period, its instants as ms. */
function hoursOf(h) {
  if (!h) return null;
  const ms = (at) => (at ? Date.parse(at) : null);
  return { opensAt: ms(h.opensAt), closesAt: ms(h.closesAt), reopensAt: ms(h.reopensAt) };
}
