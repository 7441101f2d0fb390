// The hall out of hours. Before, the hall invited citizens to take a number while the kiosk beside
// it refused them one (the center closed): now the spotlight says the center is closed and when it
// reopens, from the opening period the snapshot and HoursChanged events give (no asking at 17:00).

import { formatDate, pad } from './server-clock.js';

/**
 * Shows the closed note in the spotlight, in place of a call, while the center is out of hours
 * and nobody waits any more, nor is called to a counter: a citizen still waiting after closing
 * time is still called as usual, and the spotlight shows their call until they reach the counter.
 * Returns whether the center is out of hours now.
 */
export function drawHours(messages, model, clock) {
  const closed = model.closedAt(clock.now());
  drawNote(messages, model, clock, closed);
  return closed !== null;
}

function drawNote(messages, model, clock, closed) {
  const quiet = closed !== null && model.fieldList().every((f) => !f.waiting)
    && model.counterList().every((c) => !c.nowServing || c.nowServing.state !== 'CALLED');
  document.getElementById('spotlight').classList.toggle('closed', quiet);
  // closed, with citizens still waiting: they wait to be called; nobody is to take a number now
  const none = document.getElementById('spotlight-none');
  const invite = messages.t(closed !== null ? 'hall.waitToBeCalled' : 'hall.noCall');
  if (none.textContent !== invite) none.textContent = invite;
  const reopens = document.getElementById('spotlight-reopens');
  const text = quiet && closed.reopensAt !== null ? reopening(messages, clock, closed.reopensAt) : '';
  if (reopens.textContent !== text) reopens.textContent = text;
}

function reopening(messages, clock, at) {
  const local = clock.localAt(at);
  return messages.t('hall.reopens', {
    time: pad(local.getUTCHours()) + ':' + pad(local.getUTCMinutes()),
    date: formatDate(messages, local),
  });
}
