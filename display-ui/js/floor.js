// The floor socket, kept alive for as long as the screen is on. It remembers the last sequence
// number it saw and reconnects with ?since=N, so the server replays exactly what was missed; a
// screen never needs F5. Reconnects back off with jitter so a hall of screens coming back after a
// server restart does not arrive all at once.

const HEARTBEAT_MS = 20000;   // a text frame the server answers with Pong
const SILENCE_MS = 50000;     // nothing heard for this long: the socket is dead, whatever it says
const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 15000;

export const Status = Object.freeze({
  CONNECTING: 'connecting',
  LIVE: 'live',
  RECONNECTING: 'reconnecting',
  REVOKED: 'revoked',
});

export class FloorConnection {
  /**
   * @param options.center     the center's code
   * @param options.token      the device token
   * @param options.onSnapshot called with a Snapshot frame: draw the floor from nothing
   * @param options.onEvent    called with each event, in sequence order, never twice
   * @param options.onStatus   called with a Status when it changes
   * @param options.onPong     called with the server's time on each heartbeat answer
   */
  constructor(options) {
    this.options = options;
    this.lastSeq = null;
    this.socket = null;
    this.attempt = 0;
    this.status = null;
    this.lastHeard = 0;
    this.timers = [];
    this.stopped = false;
  }

  start() {
    this.connect();
    this.timers.push(setInterval(() => this.heartbeat(), HEARTBEAT_MS / 4));
  }

  /** Closes the socket as a network failure would: used by the page's diagnostics and tests. */
  drop() {
    if (this.socket) this.socket.close(4100, 'dropped by the page');
  }

  stop() {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    if (this.socket) this.socket.close(1000, 'page closed');
  }

  connect() {
    this.setStatus(this.lastSeq === null ? Status.CONNECTING : Status.RECONNECTING);
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    let url = scheme + '//' + location.host + '/ws/centers/' + encodeURIComponent(this.options.center)
      + '/floor?token=' + encodeURIComponent(this.options.token);
    if (this.lastSeq !== null) url += '&since=' + this.lastSeq;
    const socket = new WebSocket(url);
    this.socket = socket;
    this.lastHeard = Date.now();
    socket.onmessage = (message) => {
      if (socket !== this.socket) return;
      this.lastHeard = Date.now();
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
    this.attempt = 0;
    this.setStatus(Status.LIVE);
    if (frame.type === 'Snapshot') {
      this.lastSeq = frame.seq;
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
    this.setStatus(Status.RECONNECTING);
    // 4000: the server asks for a resync; it has the log ready, come back at once
    const delay = code === 4000 && this.attempt === 0 ? 0 : this.backoff();
    this.attempt += 1;
    setTimeout(() => this.connect(), delay);
  }

  backoff() {
    const ceiling = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * Math.pow(2, this.attempt));
    return RETRY_MIN_MS / 2 + Math.random() * ceiling;
  }

  heartbeat() {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    const quiet = Date.now() - this.lastHeard;
    if (quiet > SILENCE_MS) {
      this.drop();
    } else if (quiet > HEARTBEAT_MS) {
      socket.send('ping');
    }
  }

  setStatus(status) {
    if (status === this.status) return;
    this.status = status;
    if (this.options.onStatus) this.options.onStatus(status);
  }
}
