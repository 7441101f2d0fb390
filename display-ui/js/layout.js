// A center's layout read afresh after a manager changed it (a LayoutChanged event): the fields
// (names, colours, order) and the counters (labels, what they serve). Read over REST, not by
// reconnecting for a snapshot: the socket stays, so no call made meanwhile goes unannounced.

import { STALL_MS, fetchWithin } from './fetch-within.js';

async function read(path) {
  const response = await fetchWithin(STALL_MS, path, { credentials: 'same-origin' });
  if (!response.ok) throw new Error('HTTP ' + response.status);
  return response.json();
}

/** {fields, counters} of the center, as GET …/fields and …/counters give them. */
export async function readLayout(center) {
  const base = '/api/centers/' + encodeURIComponent(center);
  const [fields, counters] = await Promise.all([read(base + '/fields'), read(base + '/counters')]);
  return { fields: fields, counters: counters };
}

/**
 * After a LayoutChanged: reads the layout, applies it to {@code model} and redraws. A failure leaves
 * the layout the screen has (the next snapshot, or the next change, brings it).
 */
export function refreshLayout(center, model, redraw) {
  readLayout(center).then((layout) => {
    model.applyLayout(layout);
    redraw();
  }, () => {});
}
