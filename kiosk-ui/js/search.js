// Procedure search for literate citizens, with an on-screen keyboard (a kiosk has no other).
// Plain letters are enough: the server folds diacritics, so "dang ky khai sinh" finds
// "Đăng ký khai sinh".

import { element } from '/display/js/dom.js';
import { READ_MS, fetchWithin } from './net.js';
import { clear } from './views.js';

const ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM.'];
const DELAY_MS = 250;

export class ProcedureSearch {
  /** onPick(procedure) when a result is touched. */
  constructor(messages, center, onPick) {
    this.messages = messages;
    this.center = center;
    this.onPick = onPick;
    this.query = document.getElementById('query');
    this.results = document.getElementById('results');
    this.timer = null;
    this.drawKeyboard();
  }

  reset() {
    this.query.value = '';
    clear(this.results);
  }

  drawKeyboard() {
    const keyboard = document.getElementById('keyboard');
    ROWS.forEach((row) => {
      const line = element('div', 'keys');
      row.split('').forEach((key) => line.appendChild(this.key(key, key, () => this.type(key))));
      keyboard.appendChild(line);
    });
    const last = element('div', 'keys');
    const space = this.key('␣', 'space wide-key', () => this.type(' '));
    space.setAttribute('data-i18n-aria-label', 'kiosk.space');
    const erase = this.key('⌫', 'erase', () => this.erase());
    erase.setAttribute('data-i18n-aria-label', 'kiosk.erase');
    last.appendChild(space);
    last.appendChild(erase);
    keyboard.appendChild(last);
    this.messages.apply(keyboard);
  }

  key(label, className, action) {
    const button = element('button', 'key ' + className, label);
    button.type = 'button';
    button.addEventListener('click', action);
    return button;
  }

  type(character) {
    this.query.value += character.toLowerCase();
    this.later();
  }

  erase() {
    this.query.value = this.query.value.slice(0, -1);
    this.later();
  }

  later() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run().catch(() => {}), DELAY_MS); // unreachable: the next key tries again
  }

  async run() {
    const q = this.query.value.trim();
    if (q.length < 2) {
      clear(this.results);
      return;
    }
    const response = await fetchWithin(READ_MS, '/api/centers/' + encodeURIComponent(this.center)
      + '/procedures?limit=6&q=' + encodeURIComponent(q));
    if (!response.ok || this.query.value.trim() !== q) return;
    const found = await response.json();
    clear(this.results);
    if (found.length === 0) this.results.appendChild(element('li', 'empty', this.messages.t('kiosk.noResult')));
    found.forEach((p) => {
      const item = element('li');
      const button = element('button', 'result');
      button.type = 'button';
      button.appendChild(element('span', 'name', p.names[this.messages.lang] || p.names.vi));
      button.appendChild(element('span', 'code', p.code));
      button.addEventListener('click', () => this.onPick(p));
      item.appendChild(button);
      this.results.appendChild(item);
    });
  }
}
