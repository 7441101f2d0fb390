// The administration page's devices: pairing screens and kiosks by the code they show, bridges
// by name with their token shown once, a kiosk's printer, a counter screen moved to another
// counter, renaming, revoking, and each device's state; the revoked ones apart, collapsed.

import { element } from '/display/js/dom.js';
import { get } from './api.js';
import { actionButton, change, clear, lang, onSubmit, row, say, value } from './admin-forms.js';
import { fill } from './words.js';

const REFRESH_MS = 30000;

let center = '';
let deviceBase = '';
const word = (name) => document.getElementById('devices').getAttribute('data-' + name) || '';
let zone; // the center's time zone: "last seen" in its clock, not the PC's (undefined until read: the PC's)

/** The devices section of the center's page: its forms wired, its list drawn. */
export function startDevices(centerCode) {
  center = centerCode;
  deviceBase = '/api/devices/' + encodeURIComponent(center);
  wireForms();
  get('/api/centers/' + encodeURIComponent(center)).then((answer) => {
    zone = answer.body && answer.body.timeZone;
  }).catch(() => {}).finally(devices);
  // a screen that went dark, a printer out of paper: seen without reloading the page, but never
  // redrawn under a manager choosing a kiosk's printer in the list
  setInterval(() => {
    if (!document.getElementById('device-list').contains(document.activeElement)) devices();
  }, REFRESH_MS);
}

async function devices() {
  const [answer, counters] = await Promise.all([get(deviceBase),
    get('/api/centers/' + encodeURIComponent(center) + '/counters')]);
  const list = answer.body || [];
  const numbers = (counters.body || []).map((c) => c.number);
  const bridges = list.filter((d) => d.kind === 'BRIDGE');
  // a choice being made in the pairing form survives the list's redraw
  const pairPrinter = document.getElementById('pair-printer');
  printerOptions(pairPrinter, bridges, pairPrinter.value);
  const body = clear(document.getElementById('device-list'));
  list.filter((d) => !d.revoked).forEach((d) => {
    const actions = element('span', 'row');
    const name = element('span', null, d.name);
    actions.appendChild(renameButton(d, name));
    actions.appendChild(actionButton(say('revoke'), () => revokeDevice(d), devices));
    const printer = d.kind === 'KIOSK' ? printerChoice(d, bridges) : '';
    const counter = d.kind === 'COUNTER_SCREEN' ? counterChoice(d, numbers) : d.counter;
    body.appendChild(row([name, say('kind-' + d.kind) || d.kind, counter, printer, contact(d), health(d, bridges), actions]));
  });
  revokedDevices(list.filter((d) => d.revoked));
}

/**
 * Revoked devices can never connect again: kept for whoever wonders where a screen went, but
 * apart and collapsed, not among the live ones a manager looks after. Open or shut as it was.
 */
function revokedDevices(revoked) {
  const body = clear(document.getElementById('revoked-list'));
  revoked.forEach((d) => body.appendChild(row([d.name, say('kind-' + d.kind) || d.kind, d.counter, contact(d)])));
  document.getElementById('revoked-devices').hidden = !revoked.length;
  document.getElementById('revoked-summary').textContent = fill(word('revoked-list'), { n: revoked.length });
}

/**
 * "Đổi tên": the name in its row becomes a box to type the new one in, sent with Enter or the
 * button; Esc or Cancel leaves it as it was. The list is not redrawn under it meanwhile (focus).
 */
function renameButton(device, name) {
  const button = element('button', 'small', word('rename'));
  button.type = 'button';
  button.setAttribute('aria-label', word('rename') + ' ' + device.name);
  button.addEventListener('click', () => {
    const form = element('form', 'row rename');
    const input = element('input');
    input.value = device.name;
    input.required = true;
    input.maxLength = 100;
    input.setAttribute('aria-label', word('new-name') + ': ' + device.name);
    const save = element('button', 'small', word('save'));
    save.type = 'submit';
    const cancel = element('button', 'small', word('cancel'));
    cancel.type = 'button';
    cancel.addEventListener('click', devices);
    input.addEventListener('keydown', (e) => { if (e.key === 'Escape') devices(); });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const wanted = input.value.trim();
      const answer = await change('PATCH', deviceBase + '/' + device.id, { name: wanted }, fill(word('renamed'), { name: wanted }));
      // refused (revoked meanwhile, a name too long): what was typed stays, beside the answer
      if (answer.ok) devices();
    });
    form.appendChild(input);
    form.appendChild(save);
    form.appendChild(cancel);
    name.replaceWith(form);
    input.focus();
    input.select();
  });
  return button;
}

/** Asked first: a revoked device can never connect again, and a screen taken down by a slip of the mouse is a dark hall. */
async function revokeDevice(d) {
  if (!window.confirm(d.name + ': ' + say('confirm-revoke'))) return { ok: false };
  return change('POST', deviceBase + '/' + d.id + '/revoke', undefined, say('revoked'));
}

/**
 * A counter screen's counter, and a move to another: a box carried to another desk follows by
 * itself, its page told by the server. Chosen, then sent by the button, asked first: the screen a
 * citizen reads changes at once (moving it back undoes it).
 */
function counterChoice(screen, numbers) {
  const cell = element('span', 'counter-choice');
  const select = element('select');
  select.setAttribute('aria-label', screen.name + ': ' + say('new-counter'));
  // its own counter is always there to go back to, even one missing from the list just read
  (numbers.indexOf(screen.counter) < 0 ? [screen.counter].concat(numbers) : numbers).forEach((n) => {
    const option = element('option', null, String(n));
    option.value = n;
    select.appendChild(option);
  });
  select.value = screen.counter;
  const move = actionButton(say('move-counter'), () => moveScreen(screen, Number(select.value)), devices);
  move.setAttribute('aria-label', say('move-counter') + ' ' + screen.name);
  cell.appendChild(select);
  cell.appendChild(move);
  return cell;
}

async function moveScreen(screen, counter) {
  if (counter === screen.counter) return { ok: false }; // where it is already: nothing to ask or send
  if (!window.confirm(screen.name + ': ' + fill(say('confirm-move'), { counter: counter }))) return { ok: false };
  const answer = await change('PUT', deviceBase + '/' + screen.id + '/counter', { counter: counter },
    fill(say('screen-moved'), { counter: counter }));
  if (!answer.ok) devices(); // the list as it is now: the counter taken off meanwhile, the screen revoked
  return answer;
}

/**
 * The bridges a kiosk may print through: none, or a bridge not revoked. A kiosk still pointed at
 * a revoked bridge shows it, marked, so the manager sees why its tickets come on screen only.
 */
function printerOptions(select, bridges, current) {
  clear(select);
  const none = element('option', null, say('no-printer'));
  none.value = '';
  select.appendChild(none);
  bridges.filter((b) => !b.revoked || b.id === current).forEach((b) => {
    const option = element('option', null, b.revoked ? b.name + ' (' + say('revoked') + ')' : b.name);
    option.value = b.id;
    select.appendChild(option);
  });
  select.value = current || '';
}

/** A kiosk's printer, changed in its row: a bridge replaced by a new one takes over its kiosks' paper. */
function printerChoice(kiosk, bridges) {
  const select = element('select', 'printer-choice');
  select.setAttribute('aria-label', kiosk.name + ': ' + say('printer'));
  printerOptions(select, bridges, kiosk.printerBridge);
  // the row stays as it is (a keyboard user stepping through the choices keeps the focus); only a
  // refusal redraws the list, to show the printer the kiosk still has
  select.addEventListener('change', async () => {
    const answer = await change('PUT', deviceBase + '/' + kiosk.id + '/printer', { printer: select.value || null });
    if (!answer.ok) devices();
  });
  return select;
}

/** Connected now (a green mark), else when it was last heard from: a dark screen is found at a glance. */
function contact(device) {
  if (device.online) return element('span', 'online', say('online'));
  if (device.lastSeenAt) return seenAt(device.lastSeenAt);
  return device.revoked ? '' : element('span', 'never', say('never-seen'));
}

/** "12:36:49 07/12/2026", in the center's clock, as the audit log shows its times. */
function seenAt(instant) {
  try {
    const parts = {};
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour12: false, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(instant))
      .forEach((p) => { parts[p.type] = p.value; });
    return parts.hour + ':' + parts.minute + ':' + parts.second + ' ' + parts.day + '/' + parts.month + '/' + parts.year;
  } catch (e) {
    return new Date(instant).toLocaleString(lang); // a zone this browser does not know
  }
}

/**
 * A device's printers and displays in the page's words, the bridge's own (English, technical)
 * after them for whoever mends it: "ticket: Mất kết nối (Connection refused) · modbus: Sẵn sàng".
 * A kiosk shows the state of the printer its tickets go to, on its bridge ({@code bridges}): a
 * kiosk whose paper ran out looked healthy in its own row, the fault only in the bridge's.
 */
function health(device, bridges) {
  if (device.kind === 'KIOSK') return kioskPrinter(device, bridges);
  const parts = [];
  // a bridge gone (its socket closed) keeps its last report: what it said then is not so now
  const report = device.kind === 'BRIDGE' && !device.online ? {} : device.health || {};
  const printers = report.printers || [];
  if (device.printer && !printers.length) parts.push(say('printer') + ': ' + (say('state-' + device.printer) || device.printer));
  printers.forEach((p) => parts.push(p.name + ': ' + withDetail(say('state-' + printerState(p)), p.error)));
  (report.displays || []).forEach((d) => {
    // a line that works may still have a board that does not answer: its error says which
    const state = !d.online ? 'state-OFFLINE' : d.error ? 'boards-not-answering' : 'state-READY';
    parts.push(d.name + ': ' + withDetail(say(state), d.error));
  });
  return parts.join(' · ');
}

/** "Máy in phiếu (Cầu nối sảnh): Hết giấy": what the bridge said last of the printer this kiosk prints on. */
function kioskPrinter(kiosk, bridges) {
  const bridge = kiosk.printerBridge && !kiosk.revoked ? bridges.filter((b) => b.id === kiosk.printerBridge)[0] : null;
  if (!bridge || bridge.revoked) return ''; // a revoked bridge: its own row and the printer choice say so
  const named = say('printer') + ' (' + bridge.name + '): ';
  // never started: said as in the bridge's own row, which the technician reads beside it
  if (!bridge.online && !bridge.lastSeenAt) return named + say('never-seen');
  const state = bridge.online ? bridge.printer : 'OFFLINE'; // gone: its last word is not the state now
  if (!state) return ''; // online, not reported yet
  return named + (say('state-' + state) || state);
}

function printerState(p) {
  if (!p.online) return 'OFFLINE';
  if (p.paper === 'OUT') return 'OUT_OF_PAPER';
  if (p.error) return 'ERROR';
  return p.paper === 'LOW' ? 'PAPER_LOW' : 'READY';
}

function withDetail(words, detail) {
  return detail ? words + ' (' + detail + ')' : words;
}

function wireForms() {
  onSubmit('pair-form', async () => {
    const device = { kind: value('pair-kind'), name: value('pair-name') };
    if (device.kind === 'COUNTER_SCREEN' && value('pair-counter')) device.counter = Number(value('pair-counter'));
    if (device.kind === 'KIOSK' && value('pair-printer')) device.printer = value('pair-printer');
    const answer = await change('POST', '/api/pairing/' + encodeURIComponent(center) + '/claim', { code: value('pair-code'), device: device });
    devices();
    return answer;
  });
  // a kiosk's printer, a counter screen's counter: each asked only of the kind that has one
  const showKindFields = () => {
    document.getElementById('pair-printer-label').hidden = value('pair-kind') !== 'KIOSK';
    document.getElementById('pair-counter-label').hidden = value('pair-kind') !== 'COUNTER_SCREEN';
  };
  document.getElementById('pair-kind').addEventListener('change', showKindFields);
  document.getElementById('pair-form').addEventListener('reset', () => setTimeout(showKindFields));
  showKindFields(); // a browser may restore the kind chosen before a reload

  // A bridge shows no code to claim: it is paired here, and its token shown this once, as the lines
  // of its bridge.properties (the server as this browser reaches it: the kiosk PC is on the same LAN).
  onSubmit('bridge-form', async () => {
    const answer = await change('POST', deviceBase, { kind: 'BRIDGE', name: value('bridge-name') });
    document.getElementById('bridge-token').hidden = !answer.ok;
    if (answer.ok) {
      document.getElementById('bridge-lines').textContent = 'server = ' + location.origin + '\ntoken = ' + answer.body.token;
      devices();
    }
    return answer;
  });
}
