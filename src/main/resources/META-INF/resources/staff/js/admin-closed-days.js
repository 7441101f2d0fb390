// The administration page's closed dates (in the center section): a holiday of one or several
// days added with its reason, the ones to come listed, one removed. Its own module, beside
// admin.js: the server checks every date (past, too long a range, closed already) and its
// refusal is shown as the other forms' are.

import { get } from './api.js';
import { actionButton, change, clear, onSubmit, row, say, value } from './admin-forms.js';
import { fill } from './words.js';

const center = document.body.getAttribute('data-center');
const path = '/api/centers/' + encodeURIComponent(center) + '/closed-days';
const section = document.getElementById('closed-days');
const word = (name) => section.getAttribute('data-' + name) || '';
const DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** "Thứ Hai 16/02/2027": the weekday too, for a holiday's days are counted by it. */
function shown(day) {
  const [y, m, d] = day.split('-');
  const weekday = say('day-' + DAYS[new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay()]);
  return (weekday ? weekday + ' ' : '') + d + '/' + m + '/' + y;
}

async function closedDays() {
  const list = (await get(path)).body || [];
  const body = clear(document.getElementById('closed-list'));
  if (!list.length) body.appendChild(row([word('none'), '', '']));
  list.forEach((c) => {
    const remove = actionButton(word('remove'), () => change('DELETE', path + '/' + c.day, undefined,
      fill(word('removed'), { day: shown(c.day) })), closedDays);
    remove.setAttribute('aria-label', word('remove') + ' ' + shown(c.day));
    const tr = row([shown(c.day), c.reason || '', remove]);
    tr.setAttribute('data-day', c.day);
    body.appendChild(tr);
  });
}

onSubmit('closed-form', async () => {
  const body = { from: value('cd-from'), to: value('cd-to') || null, reason: value('cd-reason') || null };
  // said in days added, as the manager counts a holiday
  const days = body.to ? Math.round((Date.parse(body.to) - Date.parse(body.from)) / 86400000) + 1 : 1;
  const answer = await change('POST', path, body, fill(word('added'), { n: days }));
  if (answer.ok) closedDays();
  return answer;
});

closedDays();
