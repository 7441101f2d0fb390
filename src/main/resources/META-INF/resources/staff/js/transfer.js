// The counter workspace's transfer: which counters it may send a citizen to, and what the officer
// is told once the citizen is sent. Without a word the ticket simply left the officer's screen,
// and a citizen sent to a field no open counter serves waited for nobody without anyone knowing.

import { fill } from './words.js';

/**
 * The transfer's counters, each marked when it is not open (a citizen sent to a closed desk waits
 * for nobody), without this counter ({@code own}): the server refuses a transfer to the counter it is at.
 */
export function markTransferCounters(select, model, own, msg) {
  Array.from(select.options).forEach((o) => {
    const c = o.value ? model.counters[Number(o.value)] : null;
    if (c) o.textContent = o.value + (c.state !== 'OPEN' ? ' · ' + msg(c.state.toLowerCase()) : '');
    o.hidden = o.disabled = !!o.value && Number(o.value) === own;
  });
  if (select.selectedOptions.length && select.selectedOptions[0].disabled) select.value = '';
}

/**
 * What the officer is told after sending {@code ticket} to {@code target} ({field, counter}): where
 * it went, and whether anyone there can call it now. {@code fieldName(code)} names a field.
 */
export function transferredNote(model, ticket, target, msg, fieldName) {
  if (target.counter) {
    const counter = model.counters[target.counter];
    const note = fill(msg('transferred-counter'), { code: ticket.code, n: target.counter });
    return counter && counter.state === 'OPEN' ? note : note + ' ' + msg('transferred-not-open');
  }
  const field = model.fields[target.field];
  const note = fill(msg('transferred-field'), { code: ticket.code, field: fieldName(target.field) });
  return field && !field.openCounters ? note + ' ' + msg('transferred-not-open') : note;
}
