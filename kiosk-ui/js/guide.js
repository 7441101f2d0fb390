// The guidance desk, for the officer at the entrance (GUIDE): find the procedure the citizen
// names, the field follows; mark a priority group with a note; issue; reprint from the browser.
// Works on a phone or tablet. Signed in with the staff session (/login); without one, the first
// call sends the officer to sign in.

import { Messages } from '/display/js/i18n.js';
import { pageSetting } from '/display/js/device.js';
import { element } from '/display/js/dom.js';
import { newRequestId } from './net.js';
import { clear, drawPaper, servedAt, ticketWait } from './views.js';
import { csrfToken, get, otherLanguageAddress, problemText, send, staffLanguage } from '/staff/js/api.js';

const SEARCH_DELAY_MS = 200;
const CANCEL_CONFIRM_MS = 5000;
const RECENT_SHOWN = 10;
const VIEW_REFRESH_MS = 30000;
// absolute addresses: relative ones fail in a page opened as http://user:password@host/ (a
// bookmarked sign-in), since fetch refuses URLs with credentials; the origin has none
const api = location.origin;

async function main() {
  // a desk tablet is shared: sign-out works from the first moment, whatever the page still loads
  document.querySelector('#sign-out input[name=csrf]').value = csrfToken();
  const messages = await Messages.load(staffLanguage(), api + '/kiosk/messages/');
  messages.apply();
  const switchLanguage = document.getElementById('language');
  switchLanguage.href = otherLanguageAddress(messages.lang);
  switchLanguage.hreflang = switchLanguage.lang = messages.lang === 'en' ? 'vi' : 'en';
  const me = (await get('/api/me')).body;
  if (!me) return;
  const center = pageSetting('center', me.center);
  const viewPath = '/api/centers/' + encodeURIComponent(center) + '/kiosk';
  let view = (await get(viewPath)).body;
  document.getElementById('center-name').textContent = view.centerName;
  // per officer: the next one signed in on a shared tablet neither sees nor cancels another's numbers
  const recentKey = 'onedoor.guide.recent.' + center + '.' + me.username;
  const state = { procedure: null, last: null, recent: readRecent(recentKey, view), found: null, foundNote: null, finds: 0 };

  const fieldSelect = document.getElementById('field');
  drawFields();
  // the counters open change all day (lunch, a break): the list says which fields have none now
  setInterval(() => refreshView().catch(() => {}), VIEW_REFRESH_MS);

  function drawFields() {
    const labels = view.fields.map((f) => f.code + ' – ' + messages.fieldName({ field: f.code, names: f.names })
      + (f.openCounters === 0 ? ' (' + messages.t('kiosk.noCounterOpenShort') + ')' : ''));
    // unchanged: left alone, or a list the guide has open on the tablet would close under their finger
    if (labels.join('\n') === Array.from(fieldSelect.options).map((o) => o.textContent).join('\n')) return;
    const chosen = fieldSelect.value;
    clear(fieldSelect);
    view.fields.forEach((f, i) => {
      const option = element('option', null, labels[i]);
      option.value = f.code;
      fieldSelect.appendChild(option);
    });
    if (view.fields.some((f) => f.code === chosen)) fieldSelect.value = chosen;
  }

  async function refreshView() {
    const fresh = (await get(viewPath)).body;
    if (fresh && Array.isArray(fresh.fields)) {
      view = fresh;
      drawFields();
    }
  }
  const prioritySelect = document.getElementById('priority');
  prioritySelect.appendChild(optionOf('', messages.t('guide.none')));
  view.priorityGroups.forEach((g) => prioritySelect.appendChild(optionOf(g.code, g.names[messages.lang] || g.names.vi)));

  const search = document.getElementById('search');
  let timer = null;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => find(search.value.trim()), SEARCH_DELAY_MS);
  });
  fieldSelect.addEventListener('change', () => choose(null));

  async function find(q) {
    const found = document.getElementById('found');
    if (q.length < 2) {
      clear(found);
      return;
    }
    const list = (await get('/api/centers/' + encodeURIComponent(center) + '/procedures?limit=8&q=' + encodeURIComponent(q))).body || [];
    if (search.value.trim() !== q) return;
    clear(found);
    // said, as the kiosk says it: an empty list looked like a search still running
    if (!list.length) found.appendChild(element('li', 'none', messages.t('kiosk.noResult')));
    list.forEach((p) => {
      const button = element('button', 'pick', p.code + ' · ' + (p.names[messages.lang] || p.names.vi));
      button.type = 'button';
      button.addEventListener('click', () => choose(p));
      const item = element('li');
      item.appendChild(button);
      found.appendChild(item);
    });
  }

  function choose(procedure) {
    state.procedure = procedure;
    const line = document.getElementById('procedure');
    line.hidden = !procedure;
    if (procedure) {
      line.textContent = procedure.code + ' · ' + (procedure.names[messages.lang] || procedure.names.vi);
      fieldSelect.value = procedure.field; // the field follows the procedure
      clear(document.getElementById('found'));
    }
  }

  const issueButton = document.getElementById('issue-button');
  document.getElementById('issue').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (issueButton.disabled) return; // one ticket per press, however impatient the finger
    issueButton.disabled = true;
    try {
      await issue();
    } finally {
      issueButton.disabled = false;
    }
  });

  async function issue() {
    const problem = document.getElementById('problem');
    problem.hidden = true;
    const body = { field: fieldSelect.value };
    if (state.procedure) body.procedure = state.procedure.code;
    if (prioritySelect.value) body.priority = prioritySelect.value;
    if (document.getElementById('note').value.trim()) body.note = document.getElementById('note').value.trim();
    // pressed again after an answer that never came (or a 5xx that may have issued it): the same
    // request id, so the server gives back the ticket it issued instead of a second one
    const asked = JSON.stringify(body);
    if (!state.unanswered || state.unanswered.asked !== asked) state.unanswered = { asked: asked, id: newRequestId() };
    body.requestId = state.unanswered.id;
    let result = null;
    try {
      result = await send('POST', '/api/centers/' + encodeURIComponent(center) + '/tickets', body);
    } catch (e) {
      // offline
    }
    if (result && result.status < 500) state.unanswered = null;
    const answer = result ? result.body : null;
    if (!result || !result.ok || !answer) {
      // the server's detail says why (field closed, cap reached…), under our own words
      problem.textContent = messages.t('guide.failed') + (result && !result.ok ? ': ' + problemText(result) : '');
      problem.hidden = false;
      return;
    }
    show(answer);
    // then what the citizen is told of the wait, as of now (a counter opened or closed meanwhile)
    refreshView().then(() => { if (state.last === answer) show(answer); }, () => {});
    state.recent.unshift(answer);
    keepRecent();
    drawRecent();
    document.getElementById('issue').reset();
    choose(null);
    search.focus();
  }

  document.getElementById('reprint').addEventListener('click', () => reprint(state.last));

  function show(ticket) {
    state.last = ticket;
    document.getElementById('result').hidden = false;
    document.getElementById('result-code').textContent = ticket.code;
    const wait = ticketWait(messages, view.fields.filter((f) => f.code === ticket.field)[0], ticket);
    document.getElementById('result-text').textContent = messages.t('guide.issued', { code: ticket.code })
      + (ticket.priority ? ' · ' + groupName(ticket.priority) : '') + ' · '
      + messages.t('kiosk.ahead', { n: ticket.peopleAhead || 0 }) + ' · ' + wait
      // which counters will call it, for the officer to point the citizen to
      + (ticket.counters && ticket.counters.length ? ' · ' + servedAt(messages, ticket.counters) : '');
  }

  function drawRecent() {
    const list = document.getElementById('recent');
    clear(list);
    state.recent.slice(0, RECENT_SHOWN).forEach((t) => list.appendChild(ticketItem(t, null)));
  }

  /** A ticket's line: its code, field and group, what became of it when known, and what the desk may do. */
  function ticketItem(t, stateText) {
    const item = element('li');
    item.appendChild(element('span', t.cancelled ? 'gone' : null,
      t.code + ' · ' + fieldName(t.field) + (t.priority ? ' · ' + groupName(t.priority) : '')));
    if (stateText) item.appendChild(element('span', 'ticket-state', stateText));
    if (t.cancelled) {
      if (!stateText) item.appendChild(element('span', 'gone-note', messages.t('guide.cancelled')));
      return item;
    }
    const again = element('button', 'small', messages.t('guide.reprint'));
    again.type = 'button';
    again.addEventListener('click', () => reprint(t));
    item.appendChild(again);
    // once called, the ticket is the counter's to close (the server would refuse)
    if (!t.state || t.state === 'WAITING') item.appendChild(cancelButton(t));
    return item;
  }

  /**
   * A citizen's number this desk did not give (a kiosk's, a colleague's, a paper lost): found by
   * its code, to print again or take back while it waits.
   */
  document.getElementById('find').addEventListener('submit', async (e) => {
    e.preventDefault();
    const code = document.getElementById('find-code').value.trim().toUpperCase();
    if (!code) return;
    const asked = ++state.finds; // two searches in a row: the last one's answer is shown, whichever comes last
    let answer = null;
    try {
      answer = await get('/api/centers/' + encodeURIComponent(center) + '/tickets?code=' + encodeURIComponent(code));
    } catch (err) {
      // unreachable: said below
    }
    if (asked !== state.finds) return;
    state.found = answer && answer.ok ? answer.body : null;
    state.foundNote = state.found ? null : answer && answer.status === 404 ? messages.t('guide.notFound', { code: code })
      : answer ? problemText(answer) : messages.t('guide.failed');
    drawFound();
  });

  function drawFound() {
    const list = document.getElementById('found-ticket');
    clear(list);
    if (state.found) {
      const t = state.found;
      if (t.state === 'CANCELLED') t.cancelled = true;
      list.appendChild(ticketItem(t, messages.t('guide.state.' + t.state, { n: t.peopleAhead || 0, counter: t.counter })));
    } else if (state.foundNote) {
      list.appendChild(element('li', 'gone-note', state.foundNote));
    }
  }

  /**
   * A number given by mistake (wrong field, a citizen who left): taken back with a second press
   * within a few seconds, so a slip of the finger cancels nothing. Once called, it is the
   * counter's to close, and the server says so.
   */
  function cancelButton(ticket) {
    const button = element('button', 'small cancel', messages.t('guide.cancel'));
    button.type = 'button';
    let armed = null;
    button.addEventListener('click', async () => {
      const problem = document.getElementById('problem');
      if (!armed) {
        button.textContent = messages.t('guide.cancelConfirm', { code: ticket.code });
        armed = setTimeout(() => { armed = null; button.textContent = messages.t('guide.cancel'); }, CANCEL_CONFIRM_MS);
        return;
      }
      clearTimeout(armed);
      armed = null;
      button.disabled = true;
      let result = null;
      try {
        result = await send('POST', '/api/tickets/' + encodeURIComponent(ticket.id) + '/cancel');
      } catch (e) {
        // offline: said below
      }
      // cancelled by the first press after all, its answer lost on the way: done, not a failure
      if (result && result.status === 409) {
        try {
          const now = (await get('/api/tickets/' + encodeURIComponent(ticket.id))).body;
          if (now && now.state === 'CANCELLED') result = { ok: true };
        } catch (e) {
          // no answer to the check either: the refusal stands, and the guide may press again
        }
      }
      button.disabled = false;
      if (result && result.ok) {
        ticket.cancelled = true;
        if (state.last && state.last.id === ticket.id) document.getElementById('result').hidden = true;
        problem.hidden = true;
        // the same ticket in both lists: taken back in both
        state.recent.filter((t) => t.id === ticket.id).forEach((t) => { t.cancelled = true; });
        if (state.found && state.found.id === ticket.id) state.found = Object.assign(state.found, { state: 'CANCELLED', cancelled: true });
        keepRecent();
        drawRecent();
        drawFound();
        return;
      }
      button.textContent = messages.t('guide.cancel');
      problem.textContent = messages.t('guide.cancelFailed', { code: ticket.code }) + (result ? ': ' + problemText(result) : '');
      problem.hidden = false;
    });
    return button;
  }

  /** The list as this desk keeps it across reloads: what reprint and cancel need, nothing more. */
  function keepRecent() {
    state.recent = state.recent.slice(0, RECENT_SHOWN);
    try {
      localStorage.setItem(recentKey, JSON.stringify(state.recent.map((t) => ({ id: t.id, code: t.code, field: t.field,
        priority: t.priority, issuedAt: t.issuedAt, cancelled: !!t.cancelled }))));
    } catch (e) {
      // storage full or off: the list lasts until the page reloads
    }
  }

  /** Prints the ticket again with the browser, with today's figures (people ahead now). */
  async function reprint(ticket) {
    const fresh = (await get('/api/tickets/' + encodeURIComponent(ticket.id))).body || ticket;
    await drawPaper(document.getElementById('paper'), messages, view, { ticket: fresh });
    window.onedoor.printed.push(fresh.code);
    window.print();
  }

  function fieldName(code) {
    const f = view.fields.filter((x) => x.code === code)[0];
    return f ? messages.fieldName({ field: f.code, names: f.names }) : code;
  }

  function groupName(code) {
    const g = view.priorityGroups.filter((x) => x.code === code)[0];
    return g ? g.names[messages.lang] || g.names.vi : code;
  }

  drawRecent();
  window.onedoor = { printed: [], state: state };
}

/**
 * The numbers this desk gave today, newest first: a reload (or a tablet woken in the afternoon)
 * keeps the day's list. Today by the server's clock, in the center's time: the tablet's own may be off.
 */
function readRecent(key, view) {
  const day = (at) => new Date(Date.parse(at) + view.utcOffsetSeconds * 1000).toISOString().slice(0, 10);
  try {
    const kept = JSON.parse(localStorage.getItem(key));
    if (Array.isArray(kept)) return kept.filter((t) => t && t.id && t.issuedAt && day(t.issuedAt) === day(view.serverTime));
  } catch (e) {
    // nothing kept, or unreadable
  }
  return [];
}

function optionOf(value, label) {
  const option = element('option', null, label);
  option.value = value;
  return option;
}

main();
