// The seconds between a citizen's tap on Take and their ticket. A slow server or a stalled link
// keeps the request out for up to issue.js's limit before the kiosk falls back to an outage
// number; a screen that shows nothing meanwhile is tapped again and again, or walked away from.

/** A usual answer comes before this: the status does not flash up and away on every ticket. */
const STATUS_AFTER_MS = 1000;

/**
 * Take again, and what would leave the choice the request already went with (its field, its
 * priority group, its language) for a screen the ticket would then land on by surprise.
 */
const HELD = '#take, #confirm .back, #priorities button, #language-button';

/**
 * Runs takeTicket (the request, and the screen that follows its answer or the outage fallback)
 * with those controls held and, should it take more than a moment, "Getting your number…" over
 * the Take button. The status is written into a live region that stays in the page: one that
 * appears with its text already in it is not announced by every screen reader.
 */
export async function whileGettingNumber(messages, takeTicket) {
  const held = Array.from(document.querySelectorAll(HELD));
  held.forEach((control) => { control.disabled = true; });
  const status = document.getElementById('getting-number');
  const timer = setTimeout(() => { status.textContent = messages.t('kiosk.gettingNumber'); }, STATUS_AFTER_MS);
  try {
    return await takeTicket();
  } finally {
    clearTimeout(timer);
    status.textContent = '';
    held.forEach((control) => { control.disabled = false; });
  }
}
