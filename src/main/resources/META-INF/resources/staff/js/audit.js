// The administration page's audit section: the log in words, as the server words it in the page's
// language ("Nguyễn Thị Lan · Hoàn thành số A001 · Quầy 1"), a page of lines at a time. By default
// the manager's kind of changes (settings, accounts, devices): the day's ticket traffic would push
// them off the page within minutes. A person's name shows their lines alone.

import { element } from '/display/js/dom.js';
import { get } from './api.js';
import { clear, row } from './admin-forms.js';
import { fill } from './words.js';

const PAGE = 50;

/** Starts the section: its filter, its "older" button and its first page. */
export function startAudit(center) {
  const section = document.getElementById('audit');
  const kind = document.getElementById('audit-kind');
  const actor = document.getElementById('audit-actor');
  const older = document.getElementById('audit-older');
  const word = (name) => section.getAttribute('data-' + name) || '';
  const known = new Set();
  let oldest = null;
  let filterAsked = 0; // counts filter changes: a page asked for under an earlier filter is dropped

  /** Someone to choose in the person filter, once: an account of the center or whoever acted here. */
  function offer(username, name) {
    if (!username || known.has(username)) return;
    known.add(username);
    const option = element('option', null, name && name !== username ? name + ' (' + username + ')' : username);
    option.value = username;
    actor.appendChild(option);
  }

  function query() {
    let q = '?center=' + encodeURIComponent(center) + '&kind=' + encodeURIComponent(kind.value)
      + '&lang=' + encodeURIComponent(document.documentElement.lang || 'vi');
    if (actor.value) q += '&actor=' + encodeURIComponent(actor.value);
    return q;
  }

  function line(l) {
    offer(l.actor, l.actorName);
    const who = element('span', null, l.actorName || l.actor);
    // the username beside the person's name, for the one who needs it
    if (l.actorName && l.actorName !== l.actor) who.title = l.actor;
    const what = [l.what];
    if (l.counter !== null && l.counter !== undefined) what.push(fill(word('at-counter'), { counter: l.counter }));
    const done = element('span', l.refused ? 'audit-refused' : null, l.refused ? word('refused') + ' (' + l.status + ')' : '');
    const tr = row([localTime(l.localTime), who, what.join(' · '), done]);
    tr.setAttribute('data-id', l.id);
    if (l.refused) tr.className = 'refused';
    return tr;
  }

  /** The first page again (first) or the next one back from the oldest line shown. */
  async function load(first) {
    const body = document.getElementById('audit-list');
    if (first) {
      clear(body);
      oldest = null;
      filterAsked += 1;
      document.getElementById('audit-csv').href = '/api/audit/csv' + query();
    }
    const asked = filterAsked;
    const answer = await get('/api/audit' + query() + '&limit=' + PAGE + (oldest === null ? '' : '&before=' + oldest));
    // the filter changed while this page was on its way: its lines belong to a list no longer shown
    if (asked !== filterAsked) return;
    const lines = answer.body || [];
    lines.forEach((l) => body.appendChild(line(l)));
    if (lines.length) oldest = lines[lines.length - 1].id;
    document.getElementById('audit-none').hidden = body.children.length > 0;
    // a full page may have more behind it
    older.hidden = lines.length < PAGE;
  }

  kind.addEventListener('change', () => load(true));
  actor.addEventListener('change', () => load(true));
  older.addEventListener('click', () => load(false));
  get('/api/users?center=' + encodeURIComponent(center)).then((answer) =>
    (answer.body || []).forEach((u) => offer(u.username, u.displayName)));
  load(true);
}

/** "2026-12-07 11:47:48" as the page shows a time: "11:47:48 07/12/2026". */
function localTime(text) {
  const [date, time] = String(text).split(' ');
  return time + ' ' + date.split('-').reverse().join('/');
}
