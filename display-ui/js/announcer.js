// Speaks calls from recorded clips, one call after another: a call that arrives while another
// is being spoken waits its turn, so no announcement is ever cut off. Each call is spoken once
// (keyed by its event sequence number), in each language the screen is set to, in order.
//
// A missing clip falls back to the browser's speech synthesis when it has a voice for the
// language, else to the chime, so the hall hears that a word was skipped; a pack with none of a
// call's words is not used for calls at all; nothing can hang: every clip has a time limit, and a
// call whose words keep failing (clips that load slowly or not at all) gives up the rest of a
// language after CALL_LIMIT_MS, so it cannot hold the calls behind it for minutes. A call that came or was held too late (older than STALE_MS when it arrived,
// plus the time sound was blocked since: a screen coming back after an outage, or no tap yet) is
// shown but not spoken: calling out a ticket from minutes ago would send people to the wrong
// counter. Time spent saying the calls before it does not count: in a morning burst of fourteen
// counters the last call waits minutes for its turn, and is still said, whole. A call whose ticket
// left its counter while it waited (transferred, cancelled) is dropped by stillWanted.

import { STALL_MS, fetchWithin } from './fetch-within.js';

const CLIP_LIMIT_MS = 8000;
// a Vietnamese call takes ~13 s to say from its clips: three times that is a call whose clips stall
const CALL_LIMIT_MS = 40000;
const SPEECH_LIMIT_MS = 5000;
export const STALE_MS = 120000;
const HISTORY = 300;
const CHIME = '_chime';

export class Announcer {
  /**
   * @param options.languages  voice packs to speak in, in order (e.g. ['vi', 'hmn'])
   * @param options.now        the server's time now, in ms (the screen's own clock may be wrong)
   * @param options.onStart    called with a call as its announcement begins (for the spotlight)
   * @param options.onBlocked  called with true when the browser refuses to play, false when it plays again
   * @param options.stillWanted optional: false for a queued call whose ticket has left its counter
   */
  constructor(options) {
    this.options = options;
    this.packs = {};
    this.queue = [];
    this.spoken = new Set();
    this.playing = false;
    this.blocked = false;
    this.unblock = null;
    this.blockedMs = 0;  // how long sound has been blocked in all, up to the last time it was allowed
    this.blockedAt = 0;
    this.history = [];   // what was played, newest last: for diagnostics and the browser tests
    this.audio = new Audio();
    this.audio.preload = 'auto';
  }

  /**
   * Reads the screen's packs afresh, replacing what it held: a clip a center recorded, or a pack
   * dropped in its folder, is spoken without anyone reloading the screen. The hall screen calls it
   * every few minutes, and on every snapshot for the packs it still lacks (onlyMissing). A pack the
   * server no longer has is let go (its words fall back); one that cannot be read now (no network)
   * is kept as it was. A call being said keeps the packs it started with.
   */
  async loadPacks(onlyMissing) {
    const wanted = this.options.languages.concat(this.options.languages.includes('vi') ? [] : ['vi']);
    for (const language of wanted) {
      if (onlyMissing && this.packs[language]) continue;
      try {
        const response = await fetchWithin(STALL_MS, '/api/voice-packs/' + encodeURIComponent(language), { cache: 'no-store' });
        // a copy is changed, not the object a call being said holds
        if (response.status === 404 && this.packs[language]) {
          this.packs = Object.assign({}, this.packs);
          delete this.packs[language];
          continue;
        }
        const pack = response.ok ? await response.json() : null;
        if (pack && pack.clips) this.packs = Object.assign({}, this.packs, { [language]: pack });
      } catch (e) {
        // not reachable now: the pack held stays, and its words are said as before
      }
    }
    // the browser lists its voices only after being asked once
    if (window.speechSynthesis) window.speechSynthesis.getVoices();
  }

  /** Whether the call with this key waits to be said (queued behind the one being said). */
  waiting(key) {
    return this.queue.some((queued) => queued.call.key === key);
  }

  /**
   * Queues a call: {key, clips, occurredAt (ms, server time), ...anything the spotlight shows}.
   * A key already queued or spoken is ignored, so a replay after reconnecting repeats nothing.
   */
  announce(call) {
    if (this.spoken.has(call.key)) return;
    this.spoken.add(call.key);
    if (this.spoken.size > 1000) this.spoken.delete(this.spoken.values().next().value);
    // how late it came, and the blocked time so far: only blocked time from now on adds to its age
    this.queue.push({ call: call, lateMs: this.options.now() - call.occurredAt, blockedBefore: this.blockedSoFar() });
    if (!this.playing) this.playAll();
  }

  /**
   * Whether the browser will play sound, asked as the screen starts, silently (the chime at volume
   * 0): a screen whose browser wants a tap first says so at once, while someone is there to tap,
   * rather than at the morning's first call in an empty hall.
   */
  async checkSound() {
    const vi = this.packs.vi;
    if (this.blocked || !vi || !vi.clips[CHIME]) return;
    const probe = new Audio('/voice/vi/' + encodeURIComponent(vi.clips[CHIME]));
    probe.volume = 0;
    try {
      await probe.play();
      probe.pause();
    } catch (error) {
      if (error && error.name === 'NotAllowedError' && !this.blocked) {
        this.blocked = true;
        this.blockedAt = this.options.now();
        if (this.options.onBlocked) this.options.onBlocked(true);
      }
    }
  }

  /** The page calls this from a tap or a key: the browser now lets it play sound. */
  enableSound() {
    if (!this.blocked) return;
    // play inside the gesture itself: some browsers only count a gesture's own call to play()
    const unlock = this.audio.play();
    if (unlock && unlock.catch) unlock.catch(() => {});
    this.blocked = false;
    this.blockedMs += this.options.now() - this.blockedAt;
    if (this.options.onBlocked) this.options.onBlocked(false);
    if (this.unblock) {
      const resume = this.unblock;
      this.unblock = null;
      resume();
    }
  }

  async playAll() {
    this.playing = true;
    try {
      while (this.queue.length > 0) {
        const queued = this.queue.shift();
        const call = queued.call;
        if (this.options.stillWanted && !this.options.stillWanted(call)) {
          this.record(call.key, null, null, 'withdrawn');
          continue;
        }
        if (this.isStale(queued)) {
          if (this.options.onStart) this.options.onStart(call, false);
          this.record(call.key, null, null, 'stale');
          continue;
        }
        if (this.options.onStart) this.options.onStart(call, true);
        await this.sayCall(queued);
      }
    } finally {
      this.playing = false;
    }
  }

  async sayCall(queued) {
    const call = queued.call;
    const packs = this.packs; // read again meanwhile, the packs change for the next call, not halfway through this one
    for (const language of this.options.languages) {
      // a language whose pack is missing is skipped rather than said in Vietnamese a second time
      if (language !== 'vi' && !packs[language]) continue;
      // and so is one whose pack has none of the call's words (the English pack carries only the
      // kiosk's prompts): the hall would hear a chime for each of its fifteen words
      if (language !== 'vi' && !call.clips.some((word) => word !== CHIME && packs[language].clips[word])) {
        this.record(call.key, language, null, 'no call words');
        continue;
      }
      const started = this.options.now();
      const blockedBefore = this.blockedSoFar();
      for (const word of call.clips) {
        try {
          await this.say(call, language, word, packs);
        } catch (e) {
          this.record(call.key, language, word, 'failed');
        }
        // sound was blocked for a while: the rest of a call made long ago is not worth saying
        if (this.isStale(queued)) {
          this.record(call.key, null, null, 'stale');
          return;
        }
        // the time sound was blocked is no fault of the clips
        if (this.options.now() - started - (this.blockedSoFar() - blockedBefore) > CALL_LIMIT_MS) {
          this.record(call.key, language, null, 'too long');
          break;
        }
      }
    }
  }

  isStale(queued) {
    return queued.lateMs + (this.blockedSoFar() - queued.blockedBefore) > STALE_MS;
  }

  blockedSoFar() {
    return this.blockedMs + (this.blocked ? this.options.now() - this.blockedAt : 0);
  }

  async say(call, language, word, packs) {
    const pack = packs[language] || packs.vi;
    const file = pack && pack.clips[word];
    if (file && await this.play(pack.language, file)) {
      this.record(call.key, language, word, 'clip');
      return;
    }
    if (word !== CHIME && await this.speak(pack ? pack.speech : language, word)) {
      this.record(call.key, language, word, 'speech');
      return;
    }
    // the audible skip: the hall hears that something was not said, and the call goes on
    const vi = packs.vi;
    const chime = (pack && pack.clips[CHIME] && pack) || (vi && vi.clips[CHIME] && vi);
    const played = chime ? await this.play(chime.language, chime.clips[CHIME]) : false;
    this.record(call.key, language, word, played ? 'chime' : 'silent');
  }

  /** Plays one clip to its end; false when it cannot be played. Waits while sound is blocked. */
  play(language, file) {
    const url = '/voice/' + encodeURIComponent(language) + '/' + encodeURIComponent(file);
    return new Promise((resolve) => {
      const audio = this.audio;
      let done = false;
      const finish = (ok) => {
        if (done) return;
        done = true;
        clearTimeout(limit);
        audio.onended = null;
        audio.onerror = null;
        resolve(ok);
      };
      const limit = setTimeout(() => {
        // silence it, or a clip that loads late plays over the next word
        audio.pause();
        audio.removeAttribute('src');
        audio.load();
        finish(false);
      }, CLIP_LIMIT_MS);
      audio.onended = () => finish(true);
      audio.onerror = () => finish(false);
      audio.src = url;
      const started = audio.play();
      if (started && started.catch) {
        started.catch((error) => {
          if (error && error.name === 'NotAllowedError') {
            clearTimeout(limit);
            this.waitForSound().then(() => {
              done = true;
              resolve(this.play(language, file));
            });
          } else {
            finish(false);
          }
        });
      }
    });
  }

  waitForSound() {
    if (!this.blocked) {
      this.blocked = true;
      this.blockedAt = this.options.now();
      if (this.options.onBlocked) this.options.onBlocked(true);
    }
    return new Promise((resolve) => { this.unblock = resolve; });
  }

  /** Says one word with the browser's own voice for the language; false when it has none. */
  speak(language, word) {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return Promise.resolve(false);
    const prefix = language.toLowerCase().split('-')[0];
    const voice = synth.getVoices().filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === prefix)[0];
    if (!voice) return Promise.resolve(false);
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(word);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      const limit = setTimeout(() => { synth.cancel(); resolve(true); }, SPEECH_LIMIT_MS);
      utterance.onend = () => { clearTimeout(limit); resolve(true); };
      utterance.onerror = () => { clearTimeout(limit); resolve(false); };
      synth.speak(utterance);
    });
  }

  record(key, language, word, how) {
    this.history.push({ key: key, language: language, word: word, how: how });
    if (this.history.length > HISTORY) this.history.shift();
  }
}
