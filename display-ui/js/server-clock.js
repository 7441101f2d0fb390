// The time as the server knows it, in the center's time zone. A cheap TV box often has no battery
// clock and shows 1970 or last week after a power cut, then jumps when it finds a time server;
// so the server's time is anchored to performance.now(), which never jumps.

export class ServerClock {
  constructor() {
    this.offsetMs = Date.now() - performance.now();
    this.utcOffsetSeconds = 7 * 3600; // Vietnam, until the server says otherwise
  }

  /** serverTime: an ISO instant from a Snapshot or a Pong. */
  sync(serverTime, utcOffsetSeconds) {
    const server = Date.parse(serverTime);
    if (!isNaN(server)) this.offsetMs = server - performance.now();
    if (typeof utcOffsetSeconds === 'number') this.utcOffsetSeconds = utcOffsetSeconds;
  }

  now() {
    return performance.now() + this.offsetMs;
  }

  /** "09:05" in the center's time. */
  time() {
    const local = this.local();
    return pad(local.getUTCHours()) + ':' + pad(local.getUTCMinutes());
  }

  /** "Thứ Hai, 23/11/2026" through the bundle: date.format and the date.day.N names. */
  date(messages) {
    return formatDate(messages, this.local());
  }

  local() {
    return this.localAt(this.now());
  }

  /** A Date whose UTC fields hold the center's local time at {@code ms} (server time). */
  localAt(ms) {
    return new Date(ms + this.utcOffsetSeconds * 1000);
  }
}

/** A date whose UTC fields hold the local date, through the bundle's date.format. */
export function formatDate(messages, local) {
  return messages.t('date.format', {
    weekday: messages.t('date.day.' + local.getUTCDay()),
    d: pad(local.getUTCDate()), m: pad(local.getUTCMonth() + 1), y: local.getUTCFullYear(),
  });
}

export function pad(n) {
  return n < 10 ? '0' + n : String(n);
}
