// Voice guidance for people who cannot read: each screen says its prompt, each tile its name, in
// the chosen language, from the same voice packs as the hall. Clips are named by the message key
// ("say.home", "field.HT", "priority.ELDERLY"). Unlike the hall, a new touch cuts the voice
// short: the citizen has moved on. Order of tries: the chosen pack's clip, the browser's voice
// for that language, the Vietnamese clip (a language without a pack falls back to Vietnamese).

import { fetchWithin, READ_MS } from './net.js';

const HISTORY = 100;
const PACKS_STORE = 'onedoor.kiosk.voicePacks';

export class Speaker {
  constructor() {
    this.packs = {};      // language → pack
    this.list = [];       // the same, Vietnamese first: what the language picker lists
    this.language = 'vi';
    this.audio = new Audio();
    this.history = [];   // {key, language, how}: for diagnostics and the browser tests
    this.muted = false;
    this.turn = 0;        // each say() is a turn; a sound ending after its turn has passed starts nothing
    this.kept = {};       // a clip's address → its sound held in memory (keepClips)
    this.keeping = null;  // the reading of the clips under way, if one is
    this.failed = [];     // {key, language} of clips that could not be played: diagnostics and the browser tests
  }

  /**
   * The installed packs, Vietnamese first: what the language picker lists. Read again while the
   * kiosk runs (a language added, a word recorded), they replace what it held; an answer that is
   * not the list leaves the packs as they were.
   */
  async load() {
    let list;
    try {
      const response = await fetchWithin(READ_MS, '/api/voice-packs', { cache: 'no-store' });
      if (!response.ok) return this.list;
      list = await response.json();
      keepPacks(list);
    } catch (e) {
      // out of reach: a kiosk reloaded in an outage holds no packs yet, and takes those it read
      // last; their clips come from the copies the service worker kept (shell-worker.js)
      list = this.list.length ? null : keptPacks();
      if (!list) throw e;
    }
    this.packs = {};
    list.forEach((pack) => { this.packs[pack.language] = pack; });
    this.list = list;
    this.keepClips();
    return this.list;
  }

  /**
   * Holds every clip of the Vietnamese pack and of the chosen language in memory, read while the
   * server answers: in an outage the kiosk still says its prompt and the leased number, where a
   * clip read from the server as it is played is silence. Read again with the packs (a word
   * recorded anew is heard; the browser's cache answers for the others); a clip that cannot be
   * read keeps the copy held. Resolves when done.
   */
  keepClips() {
    if (!this.keeping) {
      this.keeping = this.readClips().finally(() => { this.keeping = null; });
    }
    return this.keeping;
  }

  async readClips() {
    const packs = [this.packs.vi, this.packs[this.language]].filter((p, i, all) => p && all.indexOf(p) === i);
    for (const pack of packs) {
      for (const key of Object.keys(pack.clips)) {
        const address = clipAddress(pack, key);
        try {
          const response = await fetchWithin(READ_MS, address);
          if (!response.ok) continue;
          const held = URL.createObjectURL(await response.blob());
          const before = this.kept[address];
          this.kept[address] = held;
          // the copy it replaces goes, unless it is the one playing now
          if (before && this.audio.src !== before) URL.revokeObjectURL(before);
        } catch (e) {
          // out of reach now: the copy held (if any) stays
        }
      }
    }
  }

  /**
   * Says a prompt, then {@code words} if given: clips named by the words that say a ticket's
   * number ("số", "a", "hai", "mươi", "ba"), so that a citizen who cannot read hears it.
   */
  say(key, text, words) {
    this.sayAll([{ key: key, text: text }], words);
  }

  /** Prompts ({key, text}) one after another, then {@code words} if given; a touch cuts them short. */
  sayAll(prompts, words) {
    this.stop();
    const turn = this.turn;
    let next = 0;
    const sayNext = () => {
      if (turn !== this.turn) return;
      if (next < prompts.length) {
        const prompt = prompts[next++];
        this.sayOne(prompt.key, prompt.text, sayNext);
      } else if (words && words.length) {
        this.sayWords(words);
      }
    };
    sayNext();
  }

  /** One prompt: the chosen pack's clip, the browser's voice, or the Vietnamese clip; {@code then} after it. */
  sayOne(key, text, then) {
    const chosen = this.packs[this.language];
    const vi = this.packs.vi;
    if (chosen && chosen.clips[key]) {
      this.play(chosen, key, then);
    } else if (this.language !== 'vi' && text && this.speak(chosen ? chosen.speech : this.language, text, then)) {
      this.record(key, this.language, 'speech');
    } else if (vi && vi.clips[key]) {
      this.play(vi, key, then);
    } else {
      this.record(key, null, 'none');
      then();
    }
  }

  /**
   * A number's words one after another, in the chosen language's clips if its pack has them all,
   * else in Vietnamese: the words the hall will call the number with. A touch cuts them short.
   */
  sayWords(words) {
    const pack = [this.packs[this.language], this.packs.vi].filter((p) => p && words.every((w) => p.clips[w]))[0];
    if (!pack) {
      this.record(words.join(' '), null, 'none');
      return;
    }
    const turn = this.turn;
    let next = 0;
    const playNext = () => {
      if (turn === this.turn && next < words.length) this.play(pack, words[next++], playNext);
    };
    playNext();
  }

  /** Plays a clip; {@code then} when it ended, or could not be played (a missing clip must not stop the rest). */
  play(pack, key, then) {
    this.record(key, pack.language, 'clip');
    this.audio.onended = then || null;
    this.audio.onerror = () => {
      // nothing was heard: MediaError code 2 the network, 4 no source (nothing could be read)
      this.failed.push({ key: key, language: pack.language, code: this.audio.error ? this.audio.error.code : null });
      if (then) then();
    };
    const address = clipAddress(pack, key);
    this.audio.src = this.kept[address] || address;
    const started = this.audio.play();
    // a kiosk whose browser blocks sound still works by sight; the first touch unblocks it
    if (started && started.catch) started.catch(() => {});
  }

  speak(tag, text, then) {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return false;
    const prefix = String(tag).toLowerCase().split('-')[0];
    const voice = synth.getVoices().filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === prefix)[0];
    if (!voice) return false;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    if (then) {
      utterance.onend = then;
      utterance.onerror = then; // a voice that fails must not keep the number unsaid
    }
    this.utterance = utterance; // held: Chromium may collect an utterance nothing refers to, and never end it
    synth.speak(utterance);
    return true;
  }

  stop() {
    this.turn += 1; // what was to follow the sound being cut is not said either
    this.audio.onended = null;
    this.audio.onerror = null;
    this.audio.pause();
    if (window.speechSynthesis) window.speechSynthesis.cancel();
  }

  record(key, language, how) {
    this.history.push({ key: key, language: language, how: how });
    if (this.history.length > HISTORY) this.history.shift();
  }
}

function clipAddress(pack, key) {
  return '/voice/' + encodeURIComponent(pack.language) + '/' + encodeURIComponent(pack.clips[key]);
}

/** The list of voice packs as last read (the server's, whichever device asks). */
function keepPacks(list) {
  try {
    localStorage.setItem(PACKS_STORE, JSON.stringify(list));
  } catch (e) {
    // storage full or off: reloaded in an outage, the kiosk is silent but works
  }
}

function keptPacks() {
  try {
    const list = JSON.parse(localStorage.getItem(PACKS_STORE));
    return Array.isArray(list) && list.length ? list : null;
  } catch (e) {
    return null;
  }
}
