// Small DOM helpers. Text from the server always goes in as text, never as HTML.

export function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined && text !== null) el.textContent = text;
  return el;
}

/** Replaces parent's children with children, in order. */
export function replaceChildren(parent, children) {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  children.forEach((child) => parent.appendChild(child));
}
