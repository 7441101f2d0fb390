// Which of the workspace's actions the server would accept now, and for those it would not, why.
// The server's rules, as the page can see them (CallService.readyCounter, TicketActions): a
// greyed-out button says its reason on hover and, for the ones an officer reaches for, under the
// actions. The server still decides: its refusal comes whatever the page thought.

import { fill } from './words.js';

/**
 * The actions' state for a counter (null: none chosen) and the ticket at it (null: none), the
 * signed-in user and how many recalls the center asks before a no-show: by button id, whether it
 * is enabled and, when not, why (empty when it goes without saying).
 */
export function actionsNow(counter, ticket, user, recallsBeforeNoShow, msg) {
  const called = !!ticket && ticket.state === 'CALLED';
  const serving = !!ticket && ticket.state === 'SERVING';
  const open = !!counter && counter.state === 'OPEN';
  const mineOpen = open && counter.officer === user;
  const recallsLeft = called ? Math.max(0, recallsBeforeNoShow - (ticket.recallCount || 0)) : 0;
  // a call needs the counter open and free (a colleague's open counter: the server says whose)
  const callWhy = !counter ? '' : counter.state === 'PAUSED' ? msg('why-next-paused')
    : !open ? msg('why-next-closed') : ticket ? msg('why-next-busy') : '';
  const noTicket = ticket ? '' : msg('why-no-citizen');
  const atCounter = serving ? msg('why-serving') : noTicket;
  const states = {
    next: rule(!!counter && !callWhy, callWhy), call: rule(!!counter && !callWhy, callWhy),
    recall: rule(called, atCounter), start: rule(called, atCounter),
    'no-show': rule(called && recallsLeft === 0, recallsLeft === 1 ? msg('why-no-show-once')
      : recallsLeft > 1 ? fill(msg('why-no-show-more'), { times: recallsLeft }) : atCounter),
    complete: rule(serving, called ? msg('why-complete-called') : noTicket),
    transfer: rule(!!ticket, noTicket),
    // a colleague's counter stays pressable: Open is how it is taken over
    open: rule(!!counter && !mineOpen, ''), pause: rule(open, ''), close: rule(!!counter && counter.state !== 'CLOSED', ''),
  };
  return states;
}

function rule(enabled, why) {
  return { enabled: enabled, why: enabled ? '' : why };
}

/**
 * Greys out what the server would refuse now (a shortcut key then does nothing either), with the
 * reason as the button's tooltip; under the actions, the reasons an officer needs to see: why Next
 * cannot call (paused, closed), and while the citizen is only called, that Start comes before
 * Complete and how many recalls a no-show still needs. (A citizen at the counter greying out Next,
 * or nobody greying out Complete, go without saying there.)
 */
export function drawActions(states, ticket) {
  Object.keys(states).forEach((id) => {
    const button = document.getElementById(id);
    button.disabled = !states[id].enabled;
    if (states[id].why) button.title = states[id].why;
    else button.removeAttribute('title');
  });
  const called = !!ticket && ticket.state === 'CALLED';
  const said = [ticket ? '' : states.next.why].concat(called ? [states.complete.why, states['no-show'].why] : []);
  document.getElementById('action-hint').textContent = said.filter((why) => why).join(' ');
}
