// Which counter the workspace shows when its list of counters is read (on opening, and after a
// manager changed the counters).

/**
 * The one chosen on this page while it still exists; on opening, the one the signed-in officer
 * holds (open or on a break), whatever this PC remembers from whoever sat here before: a
 * colleague's counter shown instead would invite a take-over by mistake. Else the one remembered
 * on this PC (saved); else, on a PC that remembers none, the first counter nobody holds (not the
 * first of all, which a colleague may be working), else the first. A counter chosen here or remembered that was taken off the
 * floor (gone) leaves none chosen, and so does one gone before (removedBefore) until the officer
 * picks another: a counter chosen in its place would be opened by mistake, and citizens called to
 * a desk nobody sits at.
 *
 * @returns {{number: ?number, gone: ?number}}
 */
export function counterToShow(counters, chosen, saved, user, removedBefore) {
  const exists = (n) => counters.some((c) => c.number === n);
  if (chosen !== null && exists(chosen)) return { number: chosen, gone: null };
  const held = counters.filter((c) => c.officer === user && c.state !== 'CLOSED')[0];
  if (held) return { number: held.number, gone: null };
  const gone = chosen !== null ? chosen : saved !== null && !exists(saved) ? saved : null;
  if (gone !== null || removedBefore) return { number: null, gone: gone };
  if (saved !== null) return { number: saved, gone: null };
  const free = counters.filter((c) => c.state === 'CLOSED' && !c.officer)[0] || counters[0];
  return { number: free ? free.number : null, gone: null };
}

/**
 * The counter picker's options, each with the colleague who holds it (open or on a break): an
 * officer choosing a desk sees which are taken before pressing Open on one.
 */
export function markCounterHolders(select, counters, user) {
  Array.from(select.options).forEach((o) => {
    if (o.dataset.label === undefined) o.dataset.label = o.textContent;
    const c = counters[Number(o.value)];
    const held = c && c.officer && c.officer !== user && c.state !== 'CLOSED';
    o.textContent = o.dataset.label + (held ? ' · ' + (c.officerName || c.officer) : '');
  });
}
