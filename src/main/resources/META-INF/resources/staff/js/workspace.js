// The counter workspace: the officer's counter, what waits for it, the ticket at it, and every
// action a click or a key away. Live from the floor socket (the session cookie lets it in); the
// server's rules decide, and its answer (409: another officer has it…) is shown as it is.

import { FloorConnection, Status } from '/display/js/floor.js';
import { FloorModel } from '/display/js/floor-model.js';
import { refreshLayout } from '/display/js/layout.js';
import { element } from '/display/js/dom.js';
import { get, problemText, send, signIn } from './api.js';
import { counterToShow, markCounterHolders } from './counter-choice.js';
import { markTransferCounters, transferredNote } from './transfer.js';
import { fill } from './words.js';
import { offerProcedures, procedureLabel } from './procedures.js';
import { actionsNow, drawActions } from './actions.js';

const body = document.body;
const center = body.getAttribute('data-center');
const msg = (name) => body.getAttribute('data-msg-' + name) || '';
const lang = document.documentElement.lang || 'vi';
/** A field's name in the page's language (?lang=en), else the Vietnamese one, else its code. */
const nameOf = (names, code) => (names && (names[lang] || names.vi)) || code;
const remembered = 'onedoor.counter.' + center;
const model = new FloorModel();
let counterNumber = null;
/** The counter whose Open was pressed once while another officer held it, and when: a second press soon after takes it over. */
let takeOverAsked = null;
const TAKE_OVER_MS = 30000;
const DOUBLE_PRESS_MS = 800;
let lastDone = null;
/** The counter chosen was taken off the floor: none is, until the officer picks one. */
let choiceRemoved = false;
/** An action on its way: the next waits for its answer (a double click must not call twice). */
let acting = false;
/** The recalls the center asks before a no-show (its settings); until known, the server alone decides. */
let recallsBeforeNoShow = 0;

async function main() {
  await lists();
  const picker = document.getElementById('counter');
  picker.addEventListener('change', () => {
    counterNumber = Number(picker.value);
    choiceRemoved = false;
    takeOverAsked = null;
    say('');
    localStorage.setItem(remembered, String(counterNumber));
    draw();
  });
  wire();
  let first = true;
  new FloorConnection({
    center: center,
    token: '',
    onSnapshot: (snapshot) => {
      model.load(snapshot);
      draw();
      // a snapshot after the first: the page was away, maybe while a manager changed the counters
      // or fields; a new counter or field must be in the lists, a removed one gone
      if (!first) lists().then(draw, () => {});
      first = false;
    },
    onEvent: (event) => {
      const shown = current();
      const held = model.counters[counterNumber];
      const mine = !!held && held.officer === body.getAttribute('data-user');
      model.apply(event);
      if (event.type === 'LayoutChanged') {
        // a manager added or changed a counter or field: in the board and the lists without a reload
        refreshLayout(center, model, draw);
        lists().then(draw, () => {});
      }
      // the ticket on screen completed, whoever's answer brought it: a Complete whose answer was
      // lost on the way (a stalled link) must still give its citizen the result slip
      // (and only to the officer who holds the counter: a page left open by a colleague offers nothing)
      if (event.type === 'TicketDone' && mine && shown && shown.id === event.body.ticket.id && !slipOffered(shown)) {
        offerSlip(shown, event.body.procedure);
      }
      draw();
    },
    onStatus: (status) => {
      if (status === Status.SIGNED_OUT) signIn(); // signed out elsewhere: the page can do nothing now
      document.getElementById('status').hidden = status === Status.LIVE;
      // the server is back: "could not reach the server" no longer says anything true
      if (status === Status.LIVE && document.getElementById('problem').textContent === msg('unreachable')) say('');
    },
    // a new service day: draw it afresh, as no event says so (yesterday's ticket would stay on screen)
    now: () => Date.now(),
  }).start();
  window.onedoor = { model: model, counter: () => counterNumber };
}

function wire() {
  const path = '/api/centers/' + encodeURIComponent(center) + '/counters/';
  on('next', () => act(path + counterNumber + '/call-next').then((status) => {
    if (status === 204) say(msg('nobody'), false);
  }));
  on('call', () => act(path + counterNumber + '/call', { code: value('call-code').toUpperCase() }).then((status) => {
    if (status) document.getElementById('call-code').value = ''; // the next code typed is not added to it
  }));
  on('recall', () => ticketAct('recall'));
  on('start', () => ticketAct('start'));
  on('no-show', () => ticketAct('no-show'));
  on('complete', () => {
    const ticket = current();
    const procedure = value('procedure');
    ticketAct('complete', procedure ? { procedure: procedure } : undefined).then((status) => {
      if (status && ticket && !slipOffered(ticket)) offerSlip(ticket, procedure);
    });
  });
  on('transfer', () => {
    const target = {};
    if (value('transfer-field')) target.field = value('transfer-field');
    if (value('transfer-counter')) target.counter = Number(value('transfer-counter'));
    const ticket = current();
    ticketAct('transfer', target).then((status) => {
      if (!status) return;
      // done: the next citizen's transfer starts from nothing chosen, not from this one's place
      ['transfer-field', 'transfer-counter'].forEach((id) => { document.getElementById(id).value = ''; });
      const fieldName = (code) => nameOf(model.fields[code] && model.fields[code].names, code);
      say(transferredNote(model, ticket, target, msg, fieldName), false);
    });
  });
  on('open', () => {
    if (askedToTakeOver()) return;
    act(path + counterNumber + '/open');
  });
  on('pause', () => act(path + counterNumber + '/pause'));
  on('close', () => act(path + counterNumber + '/close'));
  document.getElementById('slip').addEventListener('submit', (e) => {
    e.preventDefault();
    printSlip();
  });
  // one key per action, when the officer is not typing in a field
  document.addEventListener('keydown', (e) => {
    const typing = /INPUT|SELECT|TEXTAREA/.test(document.activeElement.tagName);
    // a key held down repeats: one press, one action (two recalls would also count towards a no-show)
    if (typing || e.repeat || e.ctrlKey || e.altKey || e.metaKey) return;
    const button = document.querySelector('button[data-key="' + e.key.toLowerCase() + '"]');
    if (button) {
      e.preventDefault();
      button.click();
    }
  });
}

/**
 * A counter another officer holds is taken over, with the citizen at it, only at a second press:
 * an officer whose PC shows another counter than theirs must not take a colleague's counter and
 * citizen with one click (nor one double click). The second press counts only if it comes soon
 * and the counter is as the warning described it (the same officer, the same citizen). True when
 * this press only asked, or came too soon after the asking.
 */
function askedToTakeOver() {
  const counter = model.counters[counterNumber];
  const other = counter && counter.officer && counter.officer !== body.getAttribute('data-user') && counter.state !== 'CLOSED';
  if (!other) return false;
  const ticket = current();
  const seen = { counter: counterNumber, officer: counter.officer, ticket: ticket ? ticket.id : null };
  const asked = takeOverAsked;
  const age = asked ? Date.now() - asked.at : Infinity;
  if (asked && age < TAKE_OVER_MS && ['counter', 'officer', 'ticket'].every((k) => asked[k] === seen[k])) {
    if (age < DOUBLE_PRESS_MS) return true; // the same gesture's second click
    takeOverAsked = null;
    return false;
  }
  takeOverAsked = Object.assign(seen, { at: Date.now() });
  say(fill(msg(ticket ? 'take-over-ticket' : 'take-over'), { code: ticket && ticket.code, officer: counter.officerName || counter.officer }),
    false);
  return true;
}

function current() {
  const counter = model.counters[counterNumber];
  return counter ? counter.nowServing : null;
}

async function ticketAct(action, payload) {
  const ticket = current();
  if (!ticket) return 0;
  return act('/api/tickets/' + encodeURIComponent(ticket.id) + '/' + action, payload);
}

/**
 * Sends an action, one at a time; the floor socket brings what it changed. Shows the server's
 * refusal, or that the server could not be reached. Resolves the answer's status when it
 * succeeded (204: nobody waits for "Next"), else 0.
 */
async function act(path, payload) {
  if (acting) return 0;
  acting = true;
  document.body.classList.add('acting');
  say('');
  try {
    const answer = await send('POST', path, payload === undefined ? undefined : payload);
    if (!answer.ok) say(problemText(answer));
    return answer.ok ? answer.status : 0;
  } catch (e) {
    say(msg('unreachable'));
    return 0;
  } finally {
    acting = false;
    document.body.classList.remove('acting');
  }
}

/** A line under the actions: a refusal, or (refusal false) a word on what happened; empty hides it. */
function say(text, refusal = true) {
  const line = document.getElementById('problem');
  line.textContent = text;
  line.className = refusal ? 'problem' : 'note';
  line.hidden = !text;
}

function draw() {
  const alert = document.getElementById('printer-alert');
  const alerts = model.printerAlerts().map((p) => fill(msg('printer'), { name: p.name, state: msg(p.state.toLowerCase()) || p.state }));
  alert.textContent = alerts.join(' · ');
  alert.hidden = alerts.length === 0;
  const counter = model.counters[counterNumber];
  const ticket = counter ? counter.nowServing : null;
  document.getElementById('current-code').textContent = ticket ? ticket.code : '—';
  document.getElementById('current-state').textContent = ticket ? msg(ticket.state === 'SERVING' ? 'serving' : 'called')
    : msg('none');
  drawAbout(ticket);
  offerProcedures(center, ticket ? ticket.field : null, nameOf);
  // another citizen at the counter now: the last one's "done" line and result slip go, or the slip
  // would be printed with the last one's code for this one
  if (ticket && lastDone && ticket.id !== lastDone.id) hideSlip();
  // another officer's counter: say whose, so this one knows to take it over before calling
  const heldBy = counter && counter.officer && counter.officer !== body.getAttribute('data-user') && counter.state !== 'CLOSED'
    ? ' · ' + fill(msg('held'), { officer: counter.officerName || counter.officer }) : '';
  const state = document.getElementById('counter-state');
  state.textContent = counter ? msg(counter.state.toLowerCase()) + heldBy : '';
  state.title = state.textContent; // a narrow header cuts it: the whole on hover
  drawButtons(counter, ticket);
  markTransferCounters(document.getElementById('transfer-counter'), model, counterNumber, msg);
  markCounterHolders(document.getElementById('counter'), model.counters, body.getAttribute('data-user'));
  const waiting = document.getElementById('waiting');
  while (waiting.firstChild) waiting.removeChild(waiting.firstChild);
  const served = counter ? counter.fields : [];
  // sent here by a colleague (a transfer): called before the field lanes, so listed first
  if (counter && counter.sentHere > 0) {
    const item = element('li', 'sent-here');
    item.appendChild(element('span', 'name', msg('sent-here')));
    item.appendChild(element('b', null, String(counter.sentHere)));
    item.appendChild(element('span', null, msg('waiting')));
    waiting.appendChild(item);
  }
  model.fieldList().filter((f) => served.indexOf(f.field) >= 0).forEach((f) => {
    const item = element('li');
    const swatch = element('span', 'swatch');
    swatch.style.background = model.colourOf(f.field);
    item.appendChild(swatch);
    item.appendChild(element('span', 'name', nameOf(f.names, f.field)));
    // the field's own queue, which this counter calls in turn: those sent to one counter are counted apart
    item.appendChild(element('b', null, String((f.inLane != null ? f.inLane : f.waiting) || 0)));
    item.appendChild(element('span', null, msg('waiting')));
    waiting.appendChild(item);
  });
}

/** The actions the server would accept now enabled, the others greyed out with why (see actions.js). */
function drawButtons(counter, ticket) {
  drawActions(actionsNow(counter, ticket, body.getAttribute('data-user'), recallsBeforeNoShow, msg), ticket);
  // a closed counter is opened first: Open is the main action then, not a Next that would be refused
  const closed = !counter || counter.state === 'CLOSED';
  document.getElementById('open').classList.toggle('primary', !!counter && closed);
  document.getElementById('next').classList.toggle('primary', !closed);
}

/** Whether the slip is already offered for this ticket (its completion's answer and event both come). */
function slipOffered(ticket) {
  return lastDone !== null && lastDone.id === ticket.id;
}

function offerSlip(ticket, procedure) {
  lastDone = ticket;
  const done = document.getElementById('done');
  done.textContent = fill(msg('done'), { code: ticket.code });
  done.hidden = false;
  document.getElementById('slip').hidden = false;
  document.getElementById('slip-procedure').value = procedureLabel(procedure);
  document.getElementById('slip-receipt').value = ''; // the last citizen's receipt number is not this one's
  document.getElementById('procedure').value = '';
}

function hideSlip() {
  document.getElementById('done').hidden = true;
  document.getElementById('slip').hidden = true;
}

/** The result appointment slip, printed by the browser (the bridge path comes with the bridge). */
function printSlip() {
  const paper = document.getElementById('paper');
  while (paper.firstChild) paper.removeChild(paper.firstChild);
  const line = (label, text) => paper.appendChild(element('div', null, label + ': ' + text));
  paper.appendChild(element('div', 'paper-title', document.querySelector('#slip h2').textContent));
  line(document.querySelector('label[for=slip-procedure]').textContent, value('slip-procedure'));
  line(document.querySelector('label[for=slip-receipt]').textContent, value('slip-receipt'));
  line(document.querySelector('label[for=slip-date]').textContent, value('slip-date').split('-').reverse().join('/'));
  line(msg('counter').replace('0', '').trim(), String(counterNumber) + (lastDone ? ' · ' + lastDone.code : ''));
  window.print();
}

function on(id, handler) {
  document.getElementById(id).addEventListener('click', handler);
}

function value(id) {
  return document.getElementById(id).value.trim();
}

/** The tickets called here as staff read them (their priority group and note are not on the floor socket), by id. */
const details = {};
/** Priority groups' names in the page's language, by code. */
let groupNames = {};

/**
 * Under the citizen's number: their priority group and the note the guidance desk wrote for them
 * ("xe lăn – cần hỗ trợ"), so the officer knows how to receive them before they reach the desk.
 */
function drawAbout(ticket) {
  const about = document.getElementById('current-about');
  if (ticket && !(ticket.id in details)) {
    details[ticket.id] = null; // asked once; drawn when it comes
    get('/api/tickets/' + encodeURIComponent(ticket.id)).then((answer) => {
      // a refusal (the server busy) is asked again at the next drawing, as a lost answer is
      if (answer.ok) details[ticket.id] = answer.body;
      else delete details[ticket.id];
      if (answer.ok) draw();
    }, () => { delete details[ticket.id]; });
  }
  const detail = ticket ? details[ticket.id] : null;
  const parts = [];
  if (detail && detail.priority) parts.push(msg('priority') + ': ' + (groupNames[detail.priority] || detail.priority));
  if (detail && detail.priorityNote) parts.push(msg('note') + ': ' + detail.priorityNote);
  about.textContent = parts.join(' · ');
  about.title = about.textContent; // cut to three lines beside the number: the whole on hover
  about.hidden = parts.length === 0;
}

/**
 * Fills the counter picker and the transfer lists from the server, keeping what was chosen while it
 * still exists: the officer's counter (remembered on this PC), the transfer's field and counter.
 */
async function lists() {
  const counters = (await get('/api/centers/' + encodeURIComponent(center) + '/counters')).body || [];
  const fields = (await get('/api/centers/' + encodeURIComponent(center) + '/fields')).body || [];
  const groups = (await get('/api/centers/' + encodeURIComponent(center) + '/priority-groups')).body || [];
  const settings = (await get('/api/centers/' + encodeURIComponent(center))).body;
  if (settings) recallsBeforeNoShow = settings.recallsBeforeNoShow || 0;
  groupNames = {};
  groups.forEach((g) => { groupNames[g.code] = nameOf(g.names, g.code); });
  const picker = refill('counter', counters.map((c) => option(c.number, c.label || msg('counter').replace('0', c.number))));
  const choice = counterToShow(counters, counterNumber, Number(localStorage.getItem(remembered)) || null,
    body.getAttribute('data-user'), choiceRemoved);
  if (choice.gone !== null) say(fill(msg('removed'), { counter: choice.gone }), false);
  choiceRemoved = choice.number === null && (choice.gone !== null || choiceRemoved);
  counterNumber = choice.number;
  picker.value = String(counterNumber);
  refill('transfer-field', [option('', '—')].concat(fields.map((f) => option(f.code, f.code + ' · ' + nameOf(f.names, f.code)))));
  refill('transfer-counter', [option('', '—')].concat(counters.map((c) => option(c.number, String(c.number)))));
}

/** Replaces a select's options, keeping its choice if it is still among them. */
function refill(id, options) {
  const select = document.getElementById(id);
  const chosen = select.value;
  while (select.firstChild) select.removeChild(select.firstChild);
  options.forEach((o) => select.appendChild(o));
  if (options.some((o) => o.value === chosen)) select.value = chosen;
  return select;
}

function option(value, label) {
  const o = element('option', null, label);
  o.value = String(value);
  return o;
}

main();
