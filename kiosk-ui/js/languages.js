// The languages a citizen can choose on the kiosk: one per voice pack of the center, each named in
// its own language. The one chosen is shown and spoken until the kiosk goes home, where the next
// citizen finds the kiosk's own language again.

import { Messages } from '/display/js/i18n.js';
import { drawLanguages } from './views.js';

export class KioskLanguages {
  /** messages: the bundle of the kiosk's own language; onPick(language) when a citizen touches one. */
  constructor(speaker, messages, bundles, onPick) {
    this.speaker = speaker;
    this.defaultLanguage = messages.lang;
    // kept to go back to without the network: an outage is when the next citizen needs it most
    this.defaultMessages = messages;
    this.bundles = bundles;
    this.onPick = onPick;
    this.drawn = null;
  }

  /** Whether {@code messages} or the voice is another language than the kiosk's own: a citizen chose one. */
  otherThanDefault(messages) {
    return messages.lang !== this.defaultLanguage || this.speaker.language !== this.defaultLanguage;
  }

  /** The language's bundle, the speaker turned to it; rejected when the bundle cannot be read. */
  async use(language) {
    const messages = language === this.defaultLanguage ? this.defaultMessages : await Messages.load(language, this.bundles);
    this.speaker.language = language;
    this.speaker.keepClips(); // its clips held too, for an outage
    this.showName();
    return messages;
  }

  drawList() {
    const packs = this.offered();
    this.drawn = languagesOf(packs);
    drawLanguages(document.getElementById('language-list'), packs, this.speaker.language,
      (pack) => this.onPick(pack.language));
  }

  /** The packs a citizen may pick: one still being recorded, not yet named, would speak mostly silence. */
  offered() {
    return this.speaker.list.filter((pack) => pack.offered !== false);
  }

  /** The packs were read again: a citizen looking at the list sees a language the center added. */
  packsRead() {
    this.showName();
    const listShown = !document.getElementById('languages').hidden;
    if (listShown && languagesOf(this.offered()) !== this.drawn) this.drawList();
  }

  showName() {
    const pack = this.speaker.list.filter((p) => p.language === this.speaker.language)[0];
    document.getElementById('language-name').textContent = pack ? pack.name : this.speaker.language;
  }
}

/** What a language list shows, to tell whether a list read again needs drawing. */
function languagesOf(packs) {
  return packs.map((pack) => pack.language + ':' + pack.name).join('|');
}
