// Words on a field's own colour. A manager picks the colour (the hall's swatch, the tile, the
// ticket's number), and white on a light one could not be read: white on the demo's orange
// (#ef6c00) is 3.1:1, under the 4.5:1 small text needs. The darker words are the kiosk's navy.

const LIGHT = '#ffffff';
const DARK = '#0b1f3a';

/** The words' colour on background "#rrggbb": white when it reads there at 4.5:1, else the one that reads better. */
export function wordsOn(background) {
  if (!/^#[0-9a-fA-F]{6}$/.test(background || '')) return '';
  const onLight = contrast(background, LIGHT);
  return onLight >= 4.5 || onLight >= contrast(background, DARK) ? LIGHT : DARK;
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG 2's relative luminance of "#rrggbb". */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
