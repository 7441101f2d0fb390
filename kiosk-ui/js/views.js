// Drawing the kiosk's screens from the data; no state here. Text from the server goes in as text.

import { element } from '/display/js/dom.js';
import { wordsOn } from './contrast.js';

const PICTOGRAMS = ['civil-status', 'certification', 'justice', 'land', 'household-business', 'construction',
  'social-protection', 'meritorious', 'generic'];
const PRIORITY_ICONS = ['elderly', 'disability', 'pregnant', 'child', 'merit', 'priority'];

export function pictogram(name) {
  return 'img/fields/' + (PICTOGRAMS.indexOf(name) >= 0 ? name : 'generic') + '.svg';
}

function priorityIcon(name) {
  return 'img/priority/' + (PRIORITY_ICONS.indexOf(name) >= 0 ? name : 'priority') + '.svg';
}

/** The big tiles of the home screen; onTap(field) for every tile, takeable or not. */
export function drawTiles(container, messages, fields, onTap) {
  clear(container);
  fields.forEach((f) => {
    const tile = element('button', 'tile' + (f.closedBecause ? ' closed' : ''));
    tile.type = 'button';
    tile.setAttribute('data-field', f.code);
    tile.style.background = f.closedBecause ? '' : f.colour;
    tile.style.color = f.closedBecause ? '' : wordsOn(f.colour);
    const img = element('img');
    img.src = pictogram(f.pictogram);
    img.alt = '';
    tile.appendChild(img);
    tile.appendChild(element('span', 'name', messages.fieldName({ field: f.code, names: f.names })));
    tile.appendChild(element('span', 'info', f.closedBecause ? messages.t('closure.' + f.closedBecause) : waitText(messages, f, true)));
    tile.addEventListener('click', () => onTap(f));
    container.appendChild(tile);
  });
}

/**
 * Sizes the home screen's tiles to the room it has: the rows share the height the prompt (and
 * the search button beside it) leaves, and tiles whose words do not fit get
 * smaller pictures and type, step by step. A commune's eight or more fields with long names
 * overflowed fixed tiles: a pictogram over the tile above, words past the edge, the search button
 * out of sight. Only if the smallest step still does not fit do the rows grow and the screen scroll.
 * Measured while the home screen is shown (a hidden one has no size).
 */
export function fitTiles(tiles) {
  const home = tiles.parentElement;
  if (home.hidden || !tiles.children.length) return;
  tiles.classList.remove('dense', 'denser', 'densest');
  tiles.style.gridAutoRows = '';
  const usual = parseFloat(getComputedStyle(tiles).gridAutoRows);
  const gap = parseFloat(getComputedStyle(tiles).rowGap) || 0;
  const screenGap = parseFloat(getComputedStyle(home).rowGap) || 0;
  const others = Array.prototype.filter.call(home.children, (c) => c !== tiles && !c.hidden);
  const room = home.clientHeight - others.reduce((sum, c) => sum + c.offsetHeight + screenGap, 0);
  for (const level of ['', 'dense', 'denser', 'densest']) {
    if (level) tiles.classList.add(level);
    const columns = getComputedStyle(tiles).gridTemplateColumns.split(' ').length;
    const rows = Math.ceil(tiles.children.length / columns);
    // a quarter taller than usual at most: the room a long name needs, not giant tiles for a few fields
    let height = Math.floor(Math.min(usual * 1.25, (room - gap * (rows - 1)) / rows));
    tiles.style.gridAutoRows = height + 'px';
    // what the sum above cannot see (a scroll bar, borders, rounding): give back what still overflows
    const excess = home.scrollHeight - home.clientHeight;
    if (excess > 0) {
      height -= Math.ceil(excess / rows);
      tiles.style.gridAutoRows = height + 'px';
    }
    const fits = Array.prototype.every.call(tiles.children, (t) => t.scrollHeight <= t.clientHeight + 1);
    if (fits) return;
  }
  tiles.style.gridAutoRows = 'minmax(' + tiles.style.gridAutoRows + ', auto)';
}

/** What a field's tile (short: the home screen's many tiles) or the chosen field says about the wait. */
export function waitText(messages, f, short) {
  // every counter of the field closed (lunch, say): no wait can be promised, whatever the count
  if (f.openCounters === 0) {
    return (f.waiting ? messages.t('kiosk.waiting', { n: f.waiting }) + ' · ' : '')
      + messages.t(short ? 'kiosk.noCounterOpenShort' : 'kiosk.noCounterOpen');
  }
  if (!f.waiting) return messages.t('kiosk.noWait');
  // all of them sent to one counter (a transfer): a new ticket of the field is not behind them
  return messages.t('kiosk.waiting', { n: f.waiting }) + ' · '
    + (f.estimatedWaitMinutes ? messages.t('kiosk.wait', { m: f.estimatedWaitMinutes }) : messages.t('kiosk.noWait'));
}

/** The chosen field, large, on the confirm screen. */
export function drawChosen(container, messages, field, procedure) {
  clear(container);
  container.style.background = field.colour;
  container.style.color = wordsOn(field.colour);
  const img = element('img');
  img.src = pictogram(field.pictogram);
  img.alt = '';
  container.appendChild(img);
  const text = element('div', 'text');
  text.appendChild(element('div', 'name', messages.fieldName({ field: field.code, names: field.names })));
  if (procedure) text.appendChild(element('div', 'procedure', procedure.names[messages.lang] || procedure.names.vi));
  text.appendChild(element('div', 'info', waitText(messages, field)));
  container.appendChild(text);
}

/**
 * "Quầy phục vụ: 1, 2" / "Served at counters: 1, 2": where the field's numbers are called. Given the
 * field, and none of its counters open, it says why: "(đang tạm nghỉ)" for counters on a break, "(chưa
 * mở)" for closed ones. A bare "Quầy phục vụ: 5" beside "no counter is open" read as a contradiction.
 */
export function servedAt(messages, counters, field) {
  const why = !field || field.openCounters !== 0 ? '' : field.pausedCounters ? 'Paused' : 'Closed';
  return messages.t((counters.length > 1 ? 'kiosk.counters' : 'kiosk.counter') + why, { list: counters.join(', ') });
}

/** The priority groups as icon buttons; the chosen one is pressed. */
export function drawPriorities(container, messages, groups, chosen, onTap) {
  clear(container);
  groups.forEach((g) => {
    const button = element('button', 'priority' + (chosen === g.code ? ' chosen' : ''));
    button.type = 'button';
    button.setAttribute('data-priority', g.code);
    button.setAttribute('aria-pressed', chosen === g.code ? 'true' : 'false');
    const img = element('img');
    img.src = priorityIcon(g.icon);
    img.alt = '';
    button.appendChild(img);
    button.appendChild(element('span', null, g.names[messages.lang] || g.names.vi || g.code));
    button.addEventListener('click', () => onTap(g));
    container.appendChild(button);
  });
}

/** The voice packs' languages, each named in its own language; the one in use is marked. */
export function drawLanguages(container, packs, chosen, onTap) {
  clear(container);
  packs.forEach((pack) => {
    const item = element('li');
    const button = element('button', 'language' + (pack.language === chosen ? ' chosen' : ''), pack.name);
    button.type = 'button';
    button.lang = pack.language;
    button.setAttribute('data-language', pack.language);
    button.addEventListener('click', () => onTap(pack));
    item.appendChild(button);
    container.appendChild(item);
  });
}

/**
 * What a ticket just taken will wait, as the kiosk and the guidance desk say it: with no counter
 * of its field open no wait is promised, even to the first in line.
 */
export function ticketWait(messages, field, ticket) {
  // on a break (PAUSED): they are at work and come back, not "none open yet"
  if (field && field.openCounters === 0) return messages.t(field.pausedCounters ? 'kiosk.pausedWait' : 'kiosk.noCounterOpen');
  return ticket.peopleAhead ? messages.t('kiosk.estimate', { m: ticket.estimatedWaitMinutes || 0 }) : messages.t('kiosk.noWait');
}

/** The ticket screen; printerNote is the message key about the paper copy. */
export function drawTicket(messages, view, taken, printerNote) {
  const ticket = taken.ticket;
  const field = view.fields.filter((f) => f.code === ticket.field)[0] || { code: ticket.field, names: {} };
  text('ticket-code', ticket.code);
  text('ticket-field', messages.fieldName({ field: field.code, names: field.names }));
  drawTicketPriority(messages, view, ticket);
  text('ticket-counters', ticket.counters && ticket.counters.length
    ? servedAt(messages, ticket.counters, field) : '');
  // unknown for a number given while the server was out of reach: better nothing than a guess
  const known = typeof ticket.peopleAhead === 'number';
  text('ticket-ahead', known ? messages.t('kiosk.ahead', { n: ticket.peopleAhead }) : '');
  text('ticket-wait', known ? ticketWait(messages, field, ticket) : '');
  text('ticket-printer', messages.t(printerNote));
  document.getElementById('ticket-printer').className = 'printer-note ' + (printerNote === 'kiosk.takePaper' ? 'ok' : 'warn');
  // a number given while the server was out of reach has no tracking page yet
  document.querySelector('#ticket .track').hidden = !ticket.trackingToken;
  if (ticket.trackingToken) document.getElementById('ticket-qr').src = qr(location.origin + '/t/' + ticket.trackingToken);
  document.getElementById('ticket-code').style.color = field.colour || '';
}

/** The priority group the ticket was taken with, by its picture and name; nothing for a normal ticket. */
function drawTicketPriority(messages, view, ticket) {
  const group = ticket.priority ? (view.priorityGroups || []).filter((g) => g.code === ticket.priority)[0] : null;
  document.getElementById('ticket-priority').hidden = !group;
  if (!group) return;
  document.getElementById('ticket-priority-icon').src = priorityIcon(group.icon);
  text('ticket-priority-name', messages.t('kiosk.priorityTaken', { name: group.names[messages.lang] || group.names.vi || group.code }));
}

/**
 * The 80 mm paper ticket, printed by the browser when there is no bridge (Chromium
 * --kiosk-printing). Resolves once its QR code has loaded (or after 2 s), so it can be printed.
 */
export function drawPaper(container, messages, view, taken) {
  const ticket = taken.ticket;
  const field = view.fields.filter((f) => f.code === ticket.field)[0] || { code: ticket.field, names: {} };
  clear(container);
  container.appendChild(element('div', 'paper-center', view.centerName));
  container.appendChild(element('div', 'paper-code', ticket.code));
  container.appendChild(element('div', 'paper-field', messages.t('paper.field', {
    field: messages.fieldName({ field: field.code, names: field.names }) })));
  if (ticket.counters && ticket.counters.length) {
    container.appendChild(element('div', null, servedAt(messages, ticket.counters)));
  }
  if (typeof ticket.peopleAhead === 'number') {
    container.appendChild(element('div', null, messages.t('kiosk.ahead', { n: ticket.peopleAhead })));
  }
  // a number given while the server was out of reach has no tracking page yet: no QR code
  if (!ticket.trackingToken) return Promise.resolve();
  const img = element('img', 'paper-qr');
  img.alt = '';
  const loaded = new Promise((resolve) => {
    img.onload = resolve;
    img.onerror = resolve;
    setTimeout(resolve, 2000);
  });
  img.src = qr(location.origin + '/t/' + ticket.trackingToken);
  container.appendChild(img);
  return loaded;
}

export function qr(data) {
  return '/api/qr?data=' + encodeURIComponent(data);
}

function text(id, value) {
  document.getElementById(id).textContent = value;
}

export function clear(container) {
  while (container.firstChild) container.removeChild(container.firstChild);
}
