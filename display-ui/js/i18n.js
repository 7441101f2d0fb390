// Message bundles: /display/messages/<lang>.json, Vietnamese first. A key missing from a bundle
// falls back to Vietnamese, then to the key itself, so a half-translated bundle still works.

import { STALL_MS, fetchWithin } from './fetch-within.js';

const FALLBACK = 'vi';

export class Messages {
  constructor(lang, bundle, fallback) {
    this.lang = lang;
    this.bundle = bundle;
    this.fallback = fallback;
  }

  static async load(lang, base) {
    const root = base || '/display/messages/';
    const fallback = await untilRead(root + FALLBACK + '.json');
    const bundle = lang === FALLBACK ? fallback : await fetchBundle(root + lang + '.json').catch(() => fallback);
    return new Messages(bundle === fallback ? FALLBACK : lang, bundle, fallback);
  }

  /** t('hall.counter', {n: 3}) → "Quầy 3" */
  t(key, params) {
    let text = this.bundle[key];
    if (text === undefined) text = this.fallback[key];
    if (text === undefined) return key;
    if (params) {
      Object.keys(params).forEach((name) => {
        text = text.split('{' + name + '}').join(String(params[name]));
      });
    }
    return text;
  }

  /**
   * Fills every element with data-i18n="key" under root (data-i18n-alt, -placeholder and
   * -aria-label fill those attributes), and sets <html lang>.
   */
  apply(root) {
    const scope = root || document;
    document.documentElement.lang = this.lang;
    scope.querySelectorAll('[data-i18n]').forEach((el) => {
      el.textContent = this.t(el.getAttribute('data-i18n'));
    });
    scope.querySelectorAll('[data-i18n-alt]').forEach((el) => {
      el.setAttribute('alt', this.t(el.getAttribute('data-i18n-alt')));
    });
    scope.querySelectorAll('[data-i18n-placeholder]').forEach((el) => {
      el.setAttribute('placeholder', this.t(el.getAttribute('data-i18n-placeholder')));
    });
    scope.querySelectorAll('[data-i18n-aria-label]').forEach((el) => {
      el.setAttribute('aria-label', this.t(el.getAttribute('data-i18n-aria-label')));
    });
  }

  /** A field's name in this language, else in Vietnamese, else its code. */
  fieldName(field) {
    const names = (field && field.names) || {};
    return names[this.lang] || names[FALLBACK] || (field && field.field) || '';
  }
}

/**
 * The Vietnamese bundle, asked for again until the server gives it: after a power cut a TV box
 * may boot before the server (its page from the browser's cache), and a screen that gave up then
 * would stay blank all day, with nobody there to reload it.
 */
async function untilRead(url) {
  for (let wait = 1000; ; wait = Math.min(wait * 2, 15000)) {
    try {
      return await fetchBundle(url);
    } catch (e) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function fetchBundle(url) {
  const response = await fetchWithin(STALL_MS, url, { cache: 'no-cache' });
  if (!response.ok) throw new Error('No message bundle at ' + url);
  return response.json();
}
