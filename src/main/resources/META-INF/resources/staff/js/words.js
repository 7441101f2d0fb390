// The staff pages' messages with their values: an '@name' in a bundle's message stands for one.

/**
 * {@code text} with each '@key' replaced by {@code values[key]}, all in one pass and by a function:
 * a value is never read as a pattern ('$&' in a printer's name) nor searched again for another key
 * (an officer named '@ticket'). An '@word' that names no value is left as it is.
 */
export function fill(text, values) {
  return text.replace(/@(\w+)/g, (found, key) =>
    (Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : found));
}
