// The administration page's form plumbing: reading and filling inputs, sending a change and
// showing the server's answer, drawing table rows. Each section of admin.js is built from these.

import { element } from '/display/js/dom.js';
import { problemText, send } from './api.js';

export function value(id) {
  return document.getElementById(id).value.trim();
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function row(cells) {
  const tr = element('tr');
  cells.forEach((c) => {
    const td = element('td');
    if (c instanceof Node) td.appendChild(c);
    else td.textContent = c === null || c === undefined ? '' : String(c);
    tr.appendChild(td);
  });
  return tr;
}

/**
 * A row whose settings a click puts in the form below. Its first cell is a button that does the
 * same, so that a keyboard reaches it (a row takes no focus), and the form takes the focus at
 * {@code focusId}, where a change is typed.
 */
export function editableRow(cells, fill, focusId) {
  const edit = element('button', 'row-edit', String(cells[0]));
  edit.type = 'button';
  edit.setAttribute('aria-label', say('edit') + ' ' + cells[0]);
  const tr = row([edit].concat(cells.slice(1)));
  tr.addEventListener('click', (e) => {
    fill();
    if (e.target === edit) document.getElementById(focusId).focus();
  });
  return tr;
}

/** Sends a change; shows the server's refusal, or the page's "saved" (or done, the words for what was done). */
export async function change(method, path, body, done) {
  const answer = await send(method, path, body);
  showAnswer(answer, done);
  return answer;
}

/** How long "Saved" stays in sight after a change went through. */
const SAVED_MS = 4000;
let savedTimer = null;

/**
 * The server's answer where the manager is looking: both notes stick to the top of the window,
 * so a refusal of a form far down the page is seen, not written above the fold. A success note
 * goes after a few seconds, but one that says what is left to do (lasting).
 */
export function showAnswer(answer, done, lasting) {
  const problem = document.getElementById('problem');
  const saved = document.getElementById('saved');
  problem.hidden = answer.ok;
  problem.textContent = answer.ok ? '' : problemText(answer);
  clearTimeout(savedTimer);
  saved.hidden = !answer.ok;
  if (answer.ok) {
    saved.textContent = done || say('saved');
    flash(saved.textContent);
    // something still to do (lasting) stays until the next change
    if (!lasting) savedTimer = setTimeout(() => { saved.hidden = true; }, SAVED_MS);
  }
}

// a refusal stays in sight until the manager sets about the next change: typing puts it away
document.addEventListener('input', () => { document.getElementById('problem').hidden = true; });

/** The tab's title says it too: a manager who switched tabs meanwhile sees it there. */
function flash(words) {
  document.title = words + ' · ' + document.title.replace(/^.* · /, '');
}

/** Wires a form; it is emptied after a success unless it shows settings (keep). */
export function onSubmit(id, handler, keep) {
  const form = document.getElementById(id);
  if (!form) return;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if ((await handler()).ok && !keep) form.reset();
  });
}

// the page's words for a code (device kind, day, printer state…), from the data-* attributes the template fills
export const say = (name) => document.body.getAttribute('data-' + name) || '';
export const lang = document.documentElement.lang || 'vi';
/** A name in the page's language, else the Vietnamese one. */
export const nameOf = (names) => (names && (names[lang] || names.vi)) || '';

/** Puts a saved value in a form's input ('' for none). */
export function set(id, v) {
  document.getElementById(id).value = v === null || v === undefined ? '' : v;
}

/**
 * The forms send every value: typing an existing code or number (or clicking its row) brings its
 * saved settings in first, so a change of name alone does not reset what the form also holds.
 */
export function fillWhenKnown(inputId, known, fill, unknown) {
  const input = document.getElementById(inputId);
  if (input) input.addEventListener('change', () => {
    const found = known(input.value.trim().toUpperCase());
    if (found) fill(found);
    else if (unknown) unknown();
  });
}

/** A small button that sends one change, then draws the list again. */
export function actionButton(label, act, redraw) {
  const button = element('button', 'small', label);
  button.type = 'button';
  button.addEventListener('click', async () => {
    if ((await act()).ok) redraw();
  });
  return button;
}
