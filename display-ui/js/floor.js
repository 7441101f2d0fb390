// The floor socket, kept alive for as long as the screen is on. It remembers the last sequence
// number it saw and reconnects with ?since=N, so the server replays exactly what was missed; a
// screen never needs F5. Reconnects back off with jitter so a hall of screens coming back after a
// server restart does not arrive all at once. Times are measured with performance.now(): a TV
// box's wall clock jumps when it finally finds a time server.

const HEARTBEAT_MS = 20000;   // a text frame the server answers with Pong, sent this often
const SILENCE_MS = 50000;     // nothing heard for this long: the socket is dead, whatever it says
const CONNECT_MS = 10000;     // a socket still connecting after this long will not connect
const STABLE_MS = 30000;      // live this long: the next failure starts the back-off afresh
const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 15000;
const NEW_DAY_SPREAD_MS = 20000; // screens redraw for the new day within this, not all in one instant

export const Status = Object.freeze({
  CONNECTING: 'connecting',
  LIVE: 'live',
  RECONNECTING: 'reconnecting',
  REVOKED: 'revoked',
  SIGNED_OUT: 'signedOut',
});

export class FloorConnection {
  /**
   * @param options.center     the center's code
   * @param options.token      the device token
   * @param options.onSnapshot called with a Snapshot frame: draw the floor from nothing
   * @param options.onEvent    called with each event, in sequence order, never twice
   * @param options.onStatus   called with a Status when it changes
   * @param options.onPong     called with the server's time on each heartbeat answer
   * @param options.onOpen     optional: called when a socket opens, before its replay; a ping goes out
   *                           at once, so the first Pong tells the time (a box back from sleep has it wrong)
   * @param options.isRevoked  optional: resolves true when the token no longer works (asked after
   *                           failed attempts, since a refused upgrade looks like any failure)
   * @param options.now        optional: the server's time now (ms); with it the screen draws the floor
   *                           afresh when the center's next service day begins, as no event says so
   * @param options.counter    optional: the counter this page shows (a counter screen), said at each
   *                           connection: a screen moved while its socket was down is told so (4002)
   * @param options.onMoved    optional: on 4002 (the screen was moved to another counter), reads what the
   *                           device is again; resolves false when it is no longer paired, and rejects
   *                           when the server cannot be reached (the next connection asks again)
   */
  constructor(options) {
    this.options = options;
    this.lastSeq = null;
    this.socket = null;
    this.attempt = 0;
    this.status = null;
    this.opened = 0;
    this.lastHeard = 0;
    this.lastPing = 0;
    this.retry = null;
    this.timers = [];
    this.stopped = false;
    this.redrawAt = null;
  }

  start() {
    this.connect();
    this.timers.push(setInterval(() => this.heartbeat(), 1000));
  }

  /** Reconnects for a snapshot rather than a replay: the floor is drawn from nothing. */
  redraw() {
    this.lastSeq = null;
    this.redrawAt = null;
    this.drop();
  }

  /** Gives up on the socket at once, as after a network failure, and reconnects. */
  drop() {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    socket.onmessage = null;
    socket.onclose = null;
    socket.onopen = null;
    try {
      socket.close(4100, 'dropped by the page');
    } catch (e) {
      // closing a socket that never opened
    }
    this.closed(4100);
  }

  stop() {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    clearTimeout(this.retry);
    if (this.socket) this.socket.close(1000, 'page closed');
  }

  connect() {
    if (this.stopped) return;
    this.setStatus(this.lastSeq === null ? Status.CONNECTING : Status.RECONNECTING);
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    let url = scheme + '//' + location.host + '/ws/centers/' + encodeURIComponent(this.options.center)
      + '/floor?token=' + encodeURIComponent(this.options.token);
    if (this.lastSeq !== null) url += '&since=' + this.lastSeq;
    const counter = this.options.counter ? this.options.counter() : null;
    if (counter !== null && counter !== undefined) url += '&counter=' + encodeURIComponent(counter);
    const socket = new WebSocket(url);
    this.socket = socket;
    this.lastHeard = performance.now();
    this.opened = 0;
    // a replay with nothing missed sends no frame at all: being open is being live
    socket.onopen = () => {
      if (socket !== this.socket) return;
      this.opened = performance.now();
      if (this.options.onOpen) this.options.onOpen();
      socket.send('ping');
      // the next one comes 0–20 s later: a hall of screens that reconnected together (a server
      // restart) would otherwise send every heartbeat of the day in the same second
      this.lastPing = this.opened - Math.random() * HEARTBEAT_MS;
      this.setStatus(Status.LIVE);
    };
    socket.onmessage = (message) => {
      if (socket !== this.socket) return;
      this.lastHeard = performance.now();
      this.receive(JSON.parse(message.data));
    };
    socket.onclose = (close) => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.closed(close.code);
    };
  }

  receive(frame) {
    if (frame.type === 'Pong') {
      if (this.options.onPong) this.options.onPong(frame.serverTime);
      return;
    }
    if (frame.type === 'Snapshot') {
      this.lastSeq = frame.seq;
      this.redrawAt = frame.nextServiceDayAt ? Date.parse(frame.nextServiceDayAt) + Math.random() * NEW_DAY_SPREAD_MS : null;
      this.options.onSnapshot(frame);
      return;
    }
    if (this.lastSeq !== null && frame.seq <= this.lastSeq) return; // seen already
    if (this.lastSeq !== null && frame.seq !== this.lastSeq + 1) {
      // The server sends every event in order, so a hole means something went wrong on the way:
      // reconnect and let the log fill it rather than draw a floor with a piece missing.
      this.drop();
      return;
    }
    this.lastSeq = frame.seq;
    this.options.onEvent(frame);
  }

  closed(code) {
    if (this.stopped) return;
    if (code === 4001) {
      // revoked by an administrator: trying again would only be refused
      this.setStatus(Status.REVOKED);
      return;
    }
    if (code === 4003) {
      // a staff page whose session ended (signed out, maybe on another tab): its cookie opens nothing now
      this.setStatus(Status.SIGNED_OUT);
      return;
    }
    if (code === 4002 && this.options.onMoved) {
      this.moved();
      return;
    }
    if (this.opened && performance.now() - this.opened > STABLE_MS) this.attempt = 0;
    this.setStatus(Status.RECONNECTING);
    // 4000: the server asks for a resync and has the log ready: come back soon, but never in a
    // tight loop (a box that keeps falling behind would otherwise hammer the server)
    const delay = code === 4000 && this.attempt === 0 ? RETRY_MIN_MS / 2 : this.backoff();
    this.attempt += 1;
    if (this.attempt % 3 === 0 && this.options.isRevoked) {
      this.options.isRevoked().then((revoked) => {
        if (revoked) {
          this.stopped = true;
          this.setStatus(Status.REVOKED);
        }
      }, () => {});
    }
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.connect(), delay);
  }

  /**
   * Moved to another counter by an administrator: the page learns its new counter, then draws the
   * floor afresh for it (the snapshot, not a replay, says whether the new counter's citizen may still rate).
   */
  moved() {
    this.setStatus(Status.RECONNECTING);
    this.options.onMoved().then((paired) => {
      if (this.stopped) return;
      if (paired === false) {
        this.stopped = true;
        this.setStatus(Status.REVOKED);
        return;
      }
      this.lastSeq = null;
      this.connect();
    }, () => {
      // the server out of reach: reconnect as after any failure, still saying the old counter,
      // so the server says 4002 again once it answers
      this.attempt += 1;
      clearTimeout(this.retry);
      this.retry = setTimeout(() => this.connect(), this.backoff());
    });
  }

  backoff() {
    const ceiling = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * Math.pow(2, this.attempt));
    return RETRY_MIN_MS / 2 + Math.random() * ceiling;
  }

  heartbeat() {
    // yesterday's tiles and counts would stay until each counter's next call
    if (this.redrawAt !== null && this.options.now && this.options.now() >= this.redrawAt) this.redraw();
    const socket = this.socket;
    if (!socket) return;
    const now = performance.now();
    if (socket.readyState === WebSocket.CONNECTING && now - this.lastHeard > CONNECT_MS) {
      this.drop();
      return;
    }
    if (socket.readyState !== WebSocket.OPEN) return;
    if (now - this.lastHeard > SILENCE_MS) {
      this.drop();
    } else if (now - this.lastPing > HEARTBEAT_MS) {
      // every 20 s whatever the traffic: the Pong also keeps the screen's clock right
      this.lastPing = now;
      socket.send('ping');
    }
  }

  setStatus(status) {
    if (status === this.status) return;
    this.status = status;
    if (this.options.onStatus) this.options.onStatus(status);
  }
}
