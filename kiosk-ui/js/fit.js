// Keeps the shown screen inside the window: a kiosk has no scroll bar anyone would see, so what
// lies below the window is never found. On a 1366×768 kiosk the confirm screen put the priority
// pictures and Back out of sight, and elderly citizens took ordinary numbers.

import { fitTiles } from './views.js';

// the confirm screen's steps (kiosk.css): smaller pictures, gaps, QR code and Take button first,
// then the field's name at the size the home screen's titles have, then the field without its
// pictogram; no words smaller than elsewhere. Past the last one the screen scrolls.
const STEPS = ['snug', 'snugger', 'snuggest'];

/** Adds the screen's steps one by one until it needs no scrolling (measured while shown). */
export function fitSteps(screen) {
  if (screen.hidden) return;
  screen.classList.remove(...STEPS);
  for (const step of STEPS) {
    if (screen.scrollHeight <= screen.clientHeight) return;
    screen.classList.add(step);
  }
}

/**
 * Marks a scrolling list's box when more lies below or above it (the arrows of kiosk.css): a
 * citizen does not guess that a list with no visible end goes on.
 */
export function markScroll(list) {
  const box = list.parentElement;
  box.classList.toggle('more-below', list.scrollTop + list.clientHeight < list.scrollHeight - 1);
  box.classList.toggle('more-above', list.scrollTop > 1);
}

/**
 * Fits whatever screen is shown, again whenever a screen is shown or redrawn (a procedure's QR code
 * appears after the confirm screen is), the window changes or the fonts come in. The observer runs
 * before the page is painted: no frame shows the screen overflowing. Only the hidden attribute is
 * watched, not the classes and styles the fitting itself sets.
 */
export function keepFitted(main) {
  const results = document.getElementById('results');
  const fit = () => {
    fitTiles(document.getElementById('tiles'));
    fitSteps(document.getElementById('confirm'));
    fitSteps(document.getElementById('ticket'));
    markScroll(results);
  };
  new MutationObserver(fit).observe(main, { subtree: true, childList: true, characterData: true,
    attributes: true, attributeFilter: ['hidden'] });
  window.addEventListener('resize', fit);
  // the room shrinks when the header's name takes another line (a portrait screen, the fonts in late)
  if (window.ResizeObserver) new ResizeObserver(fit).observe(main);
  if (document.fonts) document.fonts.addEventListener('loadingdone', fit);
  results.addEventListener('scroll', () => markScroll(results), { passive: true });
  fit();
}
