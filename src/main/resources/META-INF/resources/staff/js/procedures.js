// The counter workspace's procedure box: the procedures of the citizen's field are offered by name
// as the officer types (a datalist; the box keeps the code it sends). It took only a code such as
// 1.001193 that an officer had to know by heart, so most completions named none, the reports'
// figures per procedure stayed empty, and the result slip printed a code the citizen cannot read.

import { get } from './api.js';

const byField = {};   // field code → [{code, name}], read once a page
let offeredField = null;

/** Offers the procedures of {@code field} (the citizen's at the counter; null: none). */
export async function offerProcedures(center, field, nameOf) {
  if (field === offeredField) return;
  offeredField = field;
  const list = document.getElementById('procedure-list');
  // The previous citizen's procedures go at once: offering them meanwhile would name the wrong field.
  while (list.firstChild) list.removeChild(list.firstChild);
  if (field && !byField[field]) {
    const answer = await get('/api/centers/' + encodeURIComponent(center) + '/procedures?limit=500&field='
      + encodeURIComponent(field));
    if (!answer.ok) {
      // The box still takes a code. Forgetting the field lets the next render of this citizen ask again.
      if (field === offeredField) offeredField = null;
      return;
    }
    byField[field] = (answer.body || []).map((p) => ({ code: p.code, name: nameOf(p.names, p.code) }));
  }
  if (field !== offeredField) return; // another citizen meanwhile
  (byField[field] || []).forEach((p) => {
    const option = document.createElement('option');
    option.value = p.code;
    option.label = p.name;
    option.textContent = p.name;
    list.appendChild(option);
  });
}

/** What the result slip says of a procedure: its name and code when it is one offered, else as typed. */
export function procedureLabel(code) {
  if (!code) return '';
  for (const field of Object.keys(byField)) {
    const known = byField[field].filter((p) => p.code === code)[0];
    if (known) return known.name + ' (' + code + ')';
  }
  return code;
}
