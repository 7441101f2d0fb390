// Work a screen or kiosk does again and again while it runs (reading the voice packs afresh).

/**
 * Runs task() (which may return a promise) about every everyMs, give or take a quarter, each run
 * after the last one ended: the screens of a node that all came back at once after a restart do
 * not all ask again in the same second.
 */
export function repeatAbout(everyMs, task) {
  const later = () => setTimeout(() => Promise.resolve().then(task).catch(() => {}).finally(later),
    everyMs * (0.75 + Math.random() / 2));
  later();
}
