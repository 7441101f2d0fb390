// The administrator's list of centers: a new center is made here, then set up on its own page.

import { problemText, send } from './api.js';

const value = (id) => document.getElementById(id).value.trim();

document.getElementById('center-create').addEventListener('submit', async (e) => {
  e.preventDefault();
  const answer = await send('POST', '/api/centers', { code: value('n-code'), name: value('n-name') });
  const problem = document.getElementById('problem');
  problem.hidden = answer.ok;
  problem.textContent = answer.ok ? '' : problemText(answer);
  if (answer.ok) location.assign('/admin?center=' + encodeURIComponent(answer.body.code));
});
window.onedoor = { ready: true };
