// The administration page's staff accounts: each with what its manager may do (edit its name and
// role, a new password, switch it off or on, end its sessions), and the form for a new one. Its own
// module, beside admin.js: the server checks who may do what, and its refusal is shown as it is.

import { element } from '/display/js/dom.js';
import { get, send } from './api.js';
import { actionButton, change, clear, onSubmit, row, say, set, showAnswer, value } from './admin-forms.js';
import { fill } from './words.js';

const center = document.body.getAttribute('data-center');
const me = document.body.getAttribute('data-user');
const administrator = document.body.getAttribute('data-administrator') === 'true';
const section = document.getElementById('users');
const word = (name) => section.getAttribute('data-' + name) || '';
/** The roles a role select offers, the highest first: a user holding several is shown by the highest. */
const ROLES = ['MANAGER', 'OFFICER', 'GUIDE'];

/**
 * The center's accounts. On another's row: edit, a new password (an officer who forgot theirs),
 * switch it off (one who left) or on, and end its sessions (a phone left signed in); not on another
 * manager's row, unless the page is an administrator's. On one's own row only the edit, for one's
 * own name: switching yourself off is refused, your own password needs the current one, and your
 * own role is changed by an administrator.
 */
async function users() {
  const list = (await get('/api/users?center=' + encodeURIComponent(center))).body || [];
  const body = clear(document.getElementById('user-list'));
  list.forEach((u) => {
    const path = '/api/users/' + encodeURIComponent(u.username);
    const actions = element('span', 'row');
    const password = element('input');
    password.type = 'password';
    password.autocomplete = 'new-password';
    password.minLength = 8;
    password.placeholder = say('new-password');
    password.setAttribute('aria-label', say('new-password') + ' ' + u.username);
    // a manager manages the officers and guides of the center, not other managers
    const manageable = u.username !== me && (administrator || !u.roles.some((r) => r === 'MANAGER' || r === 'ADMIN'));
    if (manageable || u.username === me) {
      const edit = element('button', 'small', say('edit'));
      edit.type = 'button';
      edit.setAttribute('aria-label', say('edit') + ' ' + u.username);
      edit.addEventListener('click', () => startEdit(u));
      actions.appendChild(edit);
    }
    if (manageable) {
      actions.appendChild(actionButton(say('set-password'),
        () => change('PUT', path + '/password', { password: password.value }), users));
      actions.appendChild(actionButton(say(u.disabled ? 'enable' : 'disable'),
        () => (u.disabled ? change('POST', path + '/enable') : switchOff(path)), users));
      actions.appendChild(actionButton(say('sign-out-everywhere'), () => change('POST', path + '/sign-out'), users));
    }
    const roles = u.roles.map((r) => say('role-' + r) || r).join(', ');
    body.appendChild(row([u.username, u.displayName, roles,
      say(u.disabled ? 'account-disabled' : 'account-active'), manageable ? password : '', actions]));
  });
}

/**
 * The edit form, filled with the account's name and role, under the list. A manager is offered
 * the roles they may give (officer, guide); their own role is shown but not sent: it is an
 * administrator's to change. A role is sent only when another is chosen.
 */
function startEdit(u) {
  const form = document.getElementById('user-edit-form');
  const own = u.username === me;
  const held = ROLES.filter((r) => u.roles.indexOf(r) >= 0)[0] || u.roles[0];
  const role = clear(document.getElementById('ue-role'));
  ROLES.filter((r) => administrator || r !== 'MANAGER' || r === held).forEach((r) => {
    role.appendChild(element('option', null, say('role-' + r) || r)).value = r;
  });
  role.value = held;
  role.setAttribute('data-held', held);
  role.disabled = own;
  document.getElementById('ue-own-role').hidden = !own;
  document.getElementById('ue-heading').textContent = fill(word('editing'), { user: u.username });
  set('ue-username', u.username);
  set('ue-display', u.displayName);
  form.hidden = false;
  document.getElementById('ue-display').focus();
}

/** An account switched off: the counters that closed with it, and any still holding a citizen for a colleague to take over. */
async function switchOff(path) {
  const answer = await send('POST', path + '/disable');
  if (!answer.ok) {
    showAnswer(answer);
    return answer;
  }
  const left = answer.body;
  const words = [say('switched-off')];
  if (left.closed.length) words.push(fill(say('counters-closed'), { counters: left.closed.map((c) => c.counter).join(', ') }));
  left.stillServing.forEach((c) => words.push(fill(say('counter-still-serving'), { counter: c.counter, ticket: c.ticket })));
  showAnswer(answer, words.join(' '), left.stillServing.length > 0);
  return answer;
}

onSubmit('user-form', async () => {
  const answer = await change('POST', '/api/users', {
    username: value('u-name'), displayName: value('u-display'), password: document.getElementById('u-password').value,
    roles: [value('u-role')], center: center,
  });
  users();
  return answer;
});

onSubmit('user-edit-form', async () => {
  const username = value('ue-username');
  const edit = { displayName: value('ue-display') };
  // sent only when changed: one holding two roles (MANAGER and OFFICER), shown by the higher,
  // keeps both when only the name is mended
  const role = document.getElementById('ue-role');
  if (!role.disabled && role.value !== role.getAttribute('data-held')) edit.role = role.value;
  const answer = await change('PATCH', '/api/users/' + encodeURIComponent(username), edit,
    fill(word('edited'), { user: username }));
  if (answer.ok) users();
  return answer;
});

// cancelled, or reset after it was saved: the form goes until the next row's edit
document.getElementById('user-edit-form').addEventListener('reset', (e) => { e.target.hidden = true; });

users();
