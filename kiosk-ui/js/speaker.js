// Voice guidance for people who cannot read: each screen says its prompt, each tile its name, in
// the chosen language, from the same voice packs as the hall. Clips are named by the message key
// ("say.home", "field.HT", "priority.ELDERLY"). Unlike the hall, a new touch cuts the voice
// short: the citizen has moved on. Order of tries: the chosen pack's clip, the browser's voice
// for that language, the Vietnamese clip (a language without a pack falls back to Vietnamese).

const HISTORY = 100;

export class Speaker {
  constructor() {
    this.packs = {};      // language → pack
    this.list = [];       // the same, Vietnamese first: what the language picker lists
    this.language = 'vi';
    this.audio = new Audio();
    this.history = [];   // {key, language, how}: for diagnostics and the browser tests
    this.muted = false;
  }

  /**
   * The installed packs, Vietnamese first: what the language picker lists. Read again while the
   * kiosk runs (a language added, a word recorded), they replace what it held; an answer that is
   * not the list leaves the packs as they were.
   */
  async load() {
    const response = await fetch('/api/voice-packs', { cache: 'no-store' });
    if (response.ok) {
      const list = await response.json();
      this.packs = {};
      list.forEach((pack) => { this.packs[pack.language] = pack; });
      this.list = list;
    }
    return this.list;
  }

  say(key, text) {
    this.stop();
    const chosen = this.packs[this.language];
    const vi = this.packs.vi;
    if (chosen && chosen.clips[key]) {
      this.play(chosen, key);
    } else if (this.language !== 'vi' && text && this.speak(chosen ? chosen.speech : this.language, text)) {
      this.record(key, this.language, 'speech');
    } else if (vi && vi.clips[key]) {
      this.play(vi, key);
    } else {
      this.record(key, null, 'none');
    }
  }

  play(pack, key) {
    this.record(key, pack.language, 'clip');
    this.audio.src = '/voice/' + encodeURIComponent(pack.language) + '/' + encodeURIComponent(pack.clips[key]);
    const started = this.audio.play();
    // a kiosk whose browser blocks sound still works by sight; the first touch unblocks it
    if (started && started.catch) started.catch(() => {});
  }

  speak(tag, text) {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return false;
    const prefix = String(tag).toLowerCase().split('-')[0];
    const voice = synth.getVoices().filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === prefix)[0];
    if (!voice) return false;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    synth.speak(utterance);
    return true;
  }

  stop() {
    this.audio.pause();
    if (window.speechSynthesis) window.speechSynthesis.cancel();
  }

  record(key, language, how) {
    this.history.push({ key: key, language: language, how: how });
    if (this.history.length > HISTORY) this.history.shift();
  }
}
