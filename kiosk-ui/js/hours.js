// The center's opening hours, judged by the kiosk's own clock: the server's rule (Center.isOpenAt),
// for when the server cannot be asked. A kiosk in an outage must not give numbers after closing
// time, which nobody would call; and with no event at closing time, a kiosk online would
// otherwise keep its home screen until the next change on the floor.

const DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** "07:30" or "07:30:15" as seconds into the day. */
function secondsOf(time) {
  const [h, m, s] = String(time).split(':').map(Number);
  return h * 3600 + m * 60 + (s || 0);
}

/**
 * Whether the view's hours have the center open at {@code local}, a Date whose UTC fields hold the
 * center's local time (ServerClock.local()): an open day that is none of its closedDates
 * ("2027-02-05", local dates). Closing at 00:00 means at midnight.
 */
export function openAt(view, local) {
  if (!view.openDays || !view.openDays.includes(DAYS[local.getUTCDay()])) return false;
  // a holiday (Tết, 30/4): closed all day, even to a kiosk cut off from the server since before it
  if ((view.closedDates || []).includes(local.toISOString().slice(0, 10))) return false;
  const now = local.getUTCHours() * 3600 + local.getUTCMinutes() * 60 + local.getUTCSeconds();
  const closes = secondsOf(view.closesAt);
  return now >= secondsOf(view.opensAt) && (closes === 0 || now < closes);
}
