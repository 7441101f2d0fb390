// The hall screen's waiting fields: one row a field (its colour, name, people waiting, the wait),
// every field on the board and each name whole, wherever on the screen they read best; and so the
// height of the counters' rows, which share their column with the fields on a small floor.

import { element, replaceChildren } from './dom.js';

const FIELD_FONT_VH = 3.2;    // the waiting fields' type beside the spotlight, when they all fit
const FIELD_FONT_BELOW_VH = 4; // and under the counters, the whole column's width (read from 5 m)
const MAX_ROWS_ABOVE_FIELDS = 3; // counter rows (of two) that may leave room for the fields below them
const BOARD_VH = 70;           // the height of the now-serving board, alone in its column
const BOARD_ABOVE_FIELDS_VH = 32; // and with the fields below it
const COUNTER_ROW_VH = 12;     // a counter's row at most
const COUNTER_GAP_VH = 1.4;    // between rows (hall.css)
const MIN_FIELD_FONT_VH = 1.6; // and the smallest it shrinks to so that they all do
const FIELD_FONT_WITH_RECENT_VH = 2.4; // the smallest field type the recent calls may cost

/**
 * The waiting fields go where their type is biggest and their names whole: beside the spotlight (a
 * big floor's board fills its column), or under the counters when a small floor's board leaves half
 * its column empty (six counters), where a row is the column's width and "Thành lập và hoạt động của
 * hộ kinh doanh" is read whole from 5 m. The spotlight then has its column to itself.
 */
export function placeFields(again) {
  const section = document.querySelector('.waiting');
  const aside = document.querySelector('aside');
  const serving = document.querySelector('.serving');
  const counters = document.getElementById('counters');
  // each try lays the page out up to a dozen times, too many for a TV box on every event: placed
  // again only when what takes room changed (or the fonts came in: again)
  const room = roomTaken(counters);
  if (!again && room === lastRoom) return;
  lastRoom = room;
  const rows = Math.max(1, Math.ceil(counters.children.length / 2));
  sizeCounterRows(counters, rows, BOARD_VH);
  // a portrait screen is one column: the fields under the counters, the whole width (hall.css)
  if (window.innerHeight > window.innerWidth) {
    fitFieldsIn(serving, section, FIELD_FONT_BELOW_VH);
    return;
  }
  const besideSpotlight = fitFieldsIn(aside, section, FIELD_FONT_VH);
  if (rows > MAX_ROWS_ABOVE_FIELDS) return;
  sizeCounterRows(counters, rows, BOARD_ABOVE_FIELDS_VH);
  const belowCounters = fitFieldsIn(serving, section, FIELD_FONT_BELOW_VH);
  if (better(belowCounters, besideSpotlight)) return;
  sizeCounterRows(counters, rows, BOARD_VH);
  fitFieldsIn(aside, section, FIELD_FONT_VH);
}

let lastRoom = null;

/** What decides where the fields fit, as text: the window, the counters' and fields' rows, the spotlight's and recent calls' lines, the notice. */
function roomTaken(counters) {
  const spotlight = document.getElementById('spotlight');
  return JSON.stringify([window.innerWidth, window.innerHeight, counters.children.length,
    [...document.querySelectorAll('#counters .note')].length, document.getElementById('fields').textContent,
    document.getElementById('recent-calls').dataset.drawn || '', document.getElementById('notice').textContent,
    [...spotlight.classList].filter((c) => c !== 'flash' && c !== 'idle').join(' '),
    document.getElementById('spotlight-none').textContent, document.getElementById('spotlight-reopens').textContent]);
}

/** Rows as tall as the board's height allows, at most COUNTER_ROW_VH: codes ≥ 6.5vh even with 14 counters. */
function sizeCounterRows(counters, rows, boardVh) {
  counters.style.setProperty('--row', inUnits(Math.min(COUNTER_ROW_VH, (boardVh - (rows - 1) * COUNTER_GAP_VH) / rows)));
}

/** Moves the fields' section into column, fits it there; how well they read: {fits, cut, size, wrapped}. */
function fitFieldsIn(column, section, largestVh) {
  if (section.parentElement !== column) column.appendChild(section);
  column.classList.add('with-fields');
  (column.tagName === 'ASIDE' ? document.querySelector('.serving') : document.querySelector('aside'))
    .classList.remove('with-fields');
  const list = document.getElementById('fields');
  const fits = fitAside(largestVh);
  const names = [...list.querySelectorAll('.name')];
  const lineOf = (name) => parseFloat(getComputedStyle(name).lineHeight) || 1;
  return {
    fits: fits,
    // a line clamped away is a whole line more; Vietnamese marks rise a few pixels above the line
    // box, which scrollHeight counts too, and which cut nothing
    cut: names.filter((n) => n.scrollHeight > n.clientHeight + lineOf(n) / 2 || n.scrollWidth > n.clientWidth + 1).length,
    size: parseFloat(list.dataset.size),
    wrapped: names.filter((n) => n.clientHeight > 1.5 * lineOf(n)).length,
  };
}

/** Whether placement a reads better than b: every field shown, then names whole, then bigger type, then fewer on two lines. */
function better(a, b) {
  if (a.fits !== b.fits) return a.fits;
  if (a.cut !== b.cut) return a.cut < b.cut;
  if (Math.abs(a.size - b.size) > 0.05) return a.size > b.size;
  return a.wrapped < b.wrapped;
}

/**
 * Every waiting field must be on the board, readable: they come first. The recent calls give their
 * line up when the fields beside them would need smaller type than FIELD_FONT_WITH_RECENT_VH (a big
 * commune's many fields); whether the fields fit.
 */
function fitAside(largestVh) {
  const recent = document.getElementById('recent-calls');
  const list = document.getElementById('fields');
  recent.hidden = !recent.dataset.drawn; // the keys of the calls drawn: none, nothing to show
  const shared = list.parentElement.parentElement === recent.parentElement;
  if (!shared) return fitFields(list, largestVh, MIN_FIELD_FONT_VH);
  if (!recent.hidden && !fitFields(list, largestVh, FIELD_FONT_WITH_RECENT_VH)) {
    recent.hidden = true;
  }
  return recent.hidden ? fitFields(list, largestVh, MIN_FIELD_FONT_VH) : true;
}

export function drawFields(messages, model, closed) {
  const items = model.fieldList().map((f) => {
    const item = element('li', 'field');
    const swatch = element('span', 'swatch');
    swatch.style.background = model.colourOf(f.field);
    item.appendChild(swatch);
    item.appendChild(element('span', 'name', messages.fieldName(f)));
    item.appendChild(element('span', 'count', messages.t('hall.people', { n: f.waiting || 0 })));
    let wait;
    // no counter of the field open (lunch, or nobody serves it today): no wait can be promised, even to the first
    if (!f.openCounters) wait = messages.t(onBreak(model, f.field) ? 'hall.onBreak' : 'hall.noCounter');
    // out of hours, a counter left open promises nothing to a newcomer: "no wait" beside "closed" kept citizens waiting
    else if (closed && !f.waiting) wait = messages.t('hall.closed');
    // none, or all sent to one counter (a transfer): a new ticket of the field is not behind them
    else if (!f.waiting || !f.estimatedWaitMinutes) wait = messages.t('hall.noWait');
    else wait = messages.t('hall.minutes', { m: f.estimatedWaitMinutes });
    item.appendChild(element('span', 'wait', wait));
    return item;
  });
  const list = document.getElementById('fields');
  replaceChildren(list, items);
  alignWaits(list);
}

/** Whether a counter serving the field is on a break: its citizens wait for it to come back, not for one to open. */
function onBreak(model, field) {
  return model.counterList().some((c) => c.state === 'PAUSED' && (c.fields || []).indexOf(field) >= 0);
}

/**
 * The waits are one column, as wide as the widest: a row that says "Chưa có quầy mở" does not push
 * its count out of line with the others'. In em, so that fitFields' smaller type keeps it.
 */
function alignWaits(list) {
  list.style.removeProperty('--wait-width');
  const em = parseFloat(getComputedStyle(list).fontSize);
  const widest = Math.max(0, ...[...list.querySelectorAll('.wait')].map((w) => w.getBoundingClientRect().width));
  if (widest && em) list.style.setProperty('--wait-width', (widest / em).toFixed(2) + 'em');
}

/**
 * Every field must be on the board, however many a center has (eight in the demo, more in a
 * big commune) and however the notice and the spotlight leave room: the rows' type shrinks until
 * the list fits its panel, down to smallestVh; whether it fits.
 */
function fitFields(list, largestVh, smallestVh) {
  const panel = list.parentElement;
  const fits = () => list.offsetTop - panel.offsetTop + list.scrollHeight <= panel.clientHeight;
  for (let size = largestVh; size >= smallestVh - 0.01; size -= 0.2) {
    list.style.fontSize = inUnits(size.toFixed(1));
    list.dataset.size = size.toFixed(1);
    if (fits()) return true;
  }
  return false;
}

/** n of hall.css's unit: a hundredth of a landscape screen's height, of a portrait one's width. */
function inUnits(n) {
  return 'calc(' + n + ' * var(--u))';
}
