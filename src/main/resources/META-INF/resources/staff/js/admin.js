// The administration page: each section reads its part of the center from the API and sends
// changes back; the server checks everything, and its refusal (detail) is shown as it is.

import { element } from '/display/js/dom.js';
import { get, problemText, sendRaw } from './api.js';
import { actionButton, change, clear, editableRow, fillWhenKnown, lang, nameOf, onSubmit, row, say, set, showAnswer, value } from './admin-forms.js';
import { startDevices } from './admin-devices.js';
import './admin-users.js'; // the staff accounts: draws itself
import { startAudit } from './audit.js';
import { fill } from './words.js';

const center = document.body.getAttribute('data-center');
const base = '/api/centers/' + encodeURIComponent(center);
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

async function ticketLayout() {
  const layout = (await get(base + '/ticket-layout')).body || { header: [], footer: [] };
  document.getElementById('l-header').value = layout.header.join('\n');
  document.getElementById('l-footer').value = layout.footer.join('\n');
  // a new address each time, so the browser shows the layout just saved
  document.getElementById('l-preview').src = base + '/ticket-layout/preview?at=' + Date.now();
}

async function centerSettings() {
  const c = (await get(base)).body;
  document.getElementById('c-name').value = c.name;
  // the header's name follows a rename at once, not at the next reload
  document.getElementById('center-heading').textContent = c.name;
  document.getElementById('c-notice').value = c.notice || '';
  document.getElementById('c-opens').value = (c.opensAt || '').slice(0, 5);
  document.getElementById('c-closes').value = (c.closesAt || '').slice(0, 5);
  document.getElementById('c-policy').value = c.priorityPolicy;
  document.getElementById('c-ratio').value = c.priorityRatio;
  document.getElementById('c-recalls').value = c.recallsBeforeNoShow;
  const days = document.getElementById('c-days');
  days.querySelectorAll('label').forEach((l) => l.remove());
  DAYS.forEach((day) => {
    const box = element('input');
    box.type = 'checkbox';
    box.value = day;
    box.checked = (c.openDays || []).indexOf(day) >= 0;
    const label = element('label');
    label.appendChild(box);
    label.appendChild(document.createTextNode(' ' + (say('day-' + day) || day)));
    days.appendChild(label);
  });
}

let knownFields = [];

async function fields() {
  knownFields = (await get(base + '/fields')).body || [];
  const body = clear(document.getElementById('field-list'));
  knownFields.forEach((f) => {
    body.appendChild(editableRow([f.code, f.names.vi, f.prefix || f.numberBlock, f.dailyCap, f.active ? '✓' : '✗'],
      () => fillField(f), 'f-vi'));
  });
  drawFieldChoices();
  drawCounters();
}

/**
 * The counter form's fields, a box each by name ("HT · Hộ tịch"): typed as codes, "hộ tịch" was
 * refused as an unknown field "HỘ TỊCH", and a manager had to know the codes. What was ticked stays.
 */
function drawFieldChoices() {
  const box = document.getElementById('k-fields');
  const ticked = servedFields();
  box.querySelectorAll('label').forEach((l) => l.remove());
  knownFields.forEach((f) => {
    const input = element('input');
    input.type = 'checkbox';
    input.value = f.code;
    input.checked = ticked.indexOf(f.code) >= 0;
    const label = element('label');
    label.appendChild(input);
    label.appendChild(document.createTextNode(' ' + f.code + ' · ' + nameOf(f.names)));
    box.appendChild(label);
  });
}

const servedFields = () => Array.prototype.slice.call(document.querySelectorAll('#k-fields input:checked')).map((b) => b.value);

/** A counter's fields by name in its row, as the form offers them; a code the center no longer has, as it is. */
function fieldNames(codes) {
  return (codes || []).map((code) => {
    const known = knownFields.filter((f) => f.code === code)[0];
    return known ? nameOf(known.names) : code;
  }).join(', ');
}

/** A paused field must not turn on again, nor its icon reset. */
function fillField(f) {
  set('f-code', f.code);
  set('f-vi', f.names.vi);
  set('f-en', f.names.en);
  set('f-prefix', f.prefix);
  set('f-colour', f.colour);
  set('f-pictogram', f.pictogram);
  set('f-minutes', f.serviceMinutes);
  set('f-cap', f.dailyCap);
  document.getElementById('f-active').checked = f.active;
}

fillWhenKnown('f-code', (code) => knownFields.filter((f) => f.code === code)[0], fillField);

let knownCounters = [];

async function counters() {
  knownCounters = (await get(base + '/counters')).body || [];
  drawCounters();
}

/** The counters' rows; drawn again once the fields are read, whichever answer came first, for their names. */
function drawCounters() {
  const body = clear(document.getElementById('counter-list'));
  knownCounters.forEach((c) => {
    const retire = actionButton(say('retire-counter'), () => retireCounter(c), counters);
    retire.setAttribute('aria-label', say('retire-counter') + ' ' + c.label);
    // the row's click fills the form: removing is not editing
    retire.addEventListener('click', (e) => e.stopPropagation());
    body.appendChild(editableRow([c.number, c.label, fieldNames(c.fields), c.displayAddress, retire],
      () => fillCounter(c), 'k-label'));
  });
}

function retireCounter(c) {
  if (!window.confirm(c.label + ': ' + say('confirm-retire'))) return { ok: false };
  return change('DELETE', base + '/counters/' + c.number, undefined, fill(say('counter-retired'), { counter: c.number }));
}

/** A new label must not take the counter's LED display away (it would go dark). */
function fillCounter(c) {
  set('k-number', c.number);
  set('k-label', c.label);
  set('k-display', c.displayAddress);
  document.querySelectorAll('#k-fields input').forEach((b) => { b.checked = (c.fields || []).indexOf(b.value) >= 0; });
}

// a new counter does not take the LED display of the one whose row filled the form: two counters
// would drive one board
fillWhenKnown('k-number', (number) => knownCounters.filter((c) => String(c.number) === number)[0], fillCounter,
  () => set('k-display', ''));

let knownGroups = [];

async function groups() {
  knownGroups = (await get(base + '/priority-groups')).body || [];
  const ul = clear(document.getElementById('group-list'));
  knownGroups.forEach((g) => {
    const button = element('button', 'small', g.code + ' · ' + nameOf(g.names) + (g.active === false ? ' (✗)' : ''));
    button.type = 'button';
    button.addEventListener('click', () => fillGroup(g));
    ul.appendChild(element('li')).appendChild(button);
  });
}

/** A new English name must not change the group's pictogram, nor switch a paused group on. */
function fillGroup(g) {
  set('g-code', g.code);
  set('g-vi', g.names.vi);
  set('g-en', g.names.en);
  const icon = document.getElementById('g-icon');
  // a pictogram set through the API that the list does not offer stays as it is
  if (g.icon && !Array.prototype.some.call(icon.options, (o) => o.value === g.icon)) icon.appendChild(element('option', null, g.icon)).value = g.icon;
  set('g-icon', g.icon);
  document.getElementById('g-active').checked = g.active !== false;
}

fillWhenKnown('g-code', (code) => knownGroups.filter((g) => g.code === code)[0], fillGroup);

async function packs() {
  const ul = document.getElementById('pack-list');
  if (!ul) return;
  const list = (await get('/api/voice-packs')).body || [];
  clear(ul);
  list.forEach((p) => ul.appendChild(element('li', null, p.name + ' (' + p.language + '): ' + Object.keys(p.clips).length
    + ' · ' + p.missing + ' ' + say('missing') + (p.offered ? '' : ' · ' + say('pack-not-offered')))));
}

onSubmit('center-form', async () => {
  const days = Array.prototype.slice.call(document.querySelectorAll('#c-days input:checked')).map((b) => b.value);
  // said in the page's words: the server's refusal names its API field (openDays) for other systems
  if (!days.length) {
    const refused = { ok: false, status: 400, body: { detail: say('no-open-day') } };
    showAnswer(refused);
    return refused;
  }
  const answer = await change('PATCH', base, {
    name: value('c-name'), notice: value('c-notice'), opensAt: value('c-opens'), closesAt: value('c-closes'), openDays: days,
    priorityPolicy: value('c-policy'), priorityRatio: Number(value('c-ratio')), recallsBeforeNoShow: Number(value('c-recalls')),
  });
  // refused: what the manager typed stays, to mend the one value the answer names
  if (answer.ok) centerSettings();
  return answer;
}, true);

onSubmit('field-form', async () => {
  const known = knownFields.filter((f) => f.code === value('f-code').toUpperCase())[0];
  const body = { names: namesFrom(known, value('f-vi'), value('f-en')), colour: value('f-colour'), pictogram: value('f-pictogram'),
    serviceMinutes: Number(value('f-minutes') || 10), active: document.getElementById('f-active').checked };
  if (value('f-prefix')) body.prefix = value('f-prefix').toUpperCase();
  if (!known) body.displayOrder = afterTheLast(knownFields);
  // the form shows the saved cap: emptied, it means no cap (0), not "keep it"
  body.dailyCap = value('f-cap') ? Number(value('f-cap')) : 0;
  const answer = await change('PUT', base + '/fields/' + encodeURIComponent(value('f-code').toUpperCase()), body);
  fields();
  return answer;
});

onSubmit('counter-form', async () => {
  if (!servedFields().length) {
    const refused = { ok: false, status: 400, body: { detail: say('no-served-field') } };
    showAnswer(refused);
    return refused;
  }
  const answer = await change('PUT', base + '/counters/' + Number(value('k-number')), {
    label: value('k-label'), displayAddress: value('k-display'), // empty: the counter has no LED display
    fields: servedFields(),
  });
  counters();
  return answer;
});

/**
 * A new field or group goes after the others on the kiosk, where a manager adding one expects it;
 * left to the server's default (0) it came first, before the tiles citizens know.
 */
function afterTheLast(known) {
  return Math.min(1000, known.reduce((last, k) => Math.max(last, k.displayOrder || 0), 0) + 1);
}

/** The names the form shows (vi, en) over those it does not (a group's or field's other languages). */
function namesFrom(known, vi, en) {
  const names = Object.assign({}, known ? known.names : {}, { vi: vi });
  if (en) names.en = en;
  else delete names.en;
  return names;
}

onSubmit('group-form', async () => {
  const code = value('g-code').toUpperCase();
  const known = knownGroups.filter((g) => g.code === code)[0];
  const body = { names: namesFrom(known, value('g-vi'), value('g-en')), icon: value('g-icon'),
    active: document.getElementById('g-active').checked };
  if (!known) body.displayOrder = afterTheLast(knownGroups);
  const answer = await change('PUT', base + '/priority-groups/' + encodeURIComponent(code), body);
  groups();
  return answer;
});

const lines = (id) => document.getElementById(id).value.split('\n').map((l) => l.trim()).filter(Boolean);

onSubmit('layout-form', async () => {
  const answer = await change('PUT', base + '/ticket-layout', { header: lines('l-header'), footer: lines('l-footer') });
  ticketLayout();
  return answer;
}, true);

onSubmit('logo-form', async () => {
  const file = document.getElementById('l-logo').files[0];
  const answer = await sendRaw('PUT', base + '/ticket-layout/logo', file, file.type || 'image/png');
  showAnswer(answer);
  ticketLayout();
  return answer;
});

document.getElementById('l-remove').addEventListener('click', async () => {
  await change('DELETE', base + '/ticket-layout/logo');
  ticketLayout();
});

onSubmit('voice-form', async () => {
  const file = document.getElementById('v-file').files[0];
  const answer = await sendRaw('PUT', '/api/voice-packs/' + encodeURIComponent(value('v-language')) + '/clips/'
    + encodeURIComponent(file.name), file, file.type || 'application/octet-stream');
  showAnswer(answer);
  packs();
  return answer;
});

onSubmit('pack-name-form', async () => {
  const answer = await change('PUT', '/api/voice-packs/' + encodeURIComponent(value('n-language')), { name: value('n-name') });
  packs();
  return answer;
});

async function importCatalogue(dryRun) {
  const text = document.getElementById('import-text').value.trim();
  const json = text.charAt(0) === '[';
  const answer = await sendRaw('POST', base + '/procedures/import' + (dryRun ? '?dryRun=true' : ''), text,
    json ? 'application/json' : 'text/csv; charset=UTF-8');
  showImport(answer, dryRun);
}

/** What an import did, or would do, in words: how many rows of each kind and their codes, and each bad row on its own line. */
function showImport(answer, dryRun) {
  const box = clear(document.getElementById('import-result'));
  const report = answer.body || {};
  const errors = report.errors || [];
  let lead;
  if (!answer.ok) lead = report.detail || problemText(answer);
  else if (errors.length) lead = fill(say('import-rows-wrong'), { n: errors.length });
  else {
    lead = fill(say(dryRun ? 'import-would' : 'import-did'),
      { created: report.created.length, updated: report.updated.length, unchanged: report.unchanged.length });
  }
  box.className = answer.ok && !errors.length ? 'import-result' : 'import-result problem';
  box.appendChild(element('p', null, lead));
  const lines = errors.slice();
  if (answer.ok && !errors.length) {
    if (report.created.length) lines.push(say('import-added') + ': ' + report.created.join(', '));
    if (report.updated.length) lines.push(say('import-changed') + ': ' + report.updated.join(', '));
  }
  // a column the import does not read: seen before its cells are missed (a misspelt name_vi)
  if (answer.ok && (report.ignoredColumns || []).length) lines.push(say('import-ignored') + ': ' + report.ignoredColumns.join(', '));
  if (lines.length) {
    const list = element('ul');
    lines.forEach((line) => list.appendChild(element('li', null, line)));
    box.appendChild(list);
  }
}
document.getElementById('import-preview').addEventListener('click', () => importCatalogue(true));
document.getElementById('import-apply').addEventListener('click', () => importCatalogue(false));

startDevices(center);
centerSettings();
ticketLayout();
fields();
counters();
groups();
packs();
startAudit(center);
window.onedoor = { ready: true };
