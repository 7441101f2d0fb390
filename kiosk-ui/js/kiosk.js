// The ticket kiosk: two taps to a ticket (tile → take), three with a priority group, every screen
// spoken in the chosen language. It returns home by itself when left alone.

import { Messages } from '/display/js/i18n.js';
import { pageSetting, pageSeconds } from '/display/js/device.js';
import { startScreen, showConnection, revokedCheck } from '/display/js/screen.js';
import { FloorConnection } from '/display/js/floor.js';
import { ServerClock, formatDate, pad } from '/display/js/server-clock.js';
import { repeatAbout } from '/display/js/repeat.js';
import { Speaker } from './speaker.js';
import { OfflineNumbers } from './offline.js';
import { KeptView } from './kept-view.js';
import { takeAndPrint } from './local-print.js';
import { READ_MS, fetchWithin, newRequestId } from './net.js';
import { busy, outOfReach, paperNote, requestTicket } from './issue.js';
import { openAt } from './hours.js';
import { whileGettingNumber } from './pending.js';
import { ProcedureSearch } from './search.js';
import { KioskLanguages } from './languages.js';
import { drawChosen, drawPaper, drawPriorities, drawTicket, drawTiles, qr, servedAt } from './views.js';
import { keepFitted } from './fit.js';

const BUNDLES = '/kiosk/messages/';
// left alone this long, the kiosk goes back home for the next citizen (?idle=<seconds> to change)
const IDLE_MS = Number(pageSetting('idle', '45')) * 1000;
const TICKET_IDLE_MS = Math.min(IDLE_MS, 25000);
const REFRESH_MS = 800;
const CLOSED_REFRESH_MS = 60000;
const TOUCH_QUIET_MS = 1500;
// how often the voice packs are read again (?packs=<seconds>), give or take a quarter
const PACKS_EVERY_MS = pageSeconds('packs', 600);

class Kiosk {
  constructor(messages, token, device) {
    this.messages = messages;
    this.token = token;
    this.device = device;
    this.speaker = new Speaker();
    this.speaker.language = messages.lang;
    this.languages = new KioskLanguages(this.speaker, messages, BUNDLES, (language) => this.useLanguage(language, true));
    this.clock = new ServerClock();
    this.view = null;
    this.screen = null;
    this.field = null;
    this.procedure = null;
    this.priority = null;
    this.taken = null;
    this.lastTouch = Date.now();
    this.browserPrinting = pageSetting('print', '') === 'browser';
    this.search = new ProcedureSearch(messages, device.center, (p) => this.pickProcedure(p));
    this.keptView = new KeptView(token);
  }

  async start() {
    // a kiosk switched on before the server (after a power cut) waits for it; one reloaded in an
    // outage starts from the view it kept (kept-view.js) and gives numbers leased for outages
    this.view = await this.keptView.first(() => Promise.allSettled([this.speaker.load(), this.refresh()]).then(() => this.view), this.clock);
    this.draw();
    this.offline = new OfflineNumbers(this.token, this.clock);
    this.offline.start();
    this.wire();
    this.languages.showName();
    this.show(this.view.open ? 'home' : 'closed');
    new FloorConnection({
      center: this.device.center,
      token: this.token,
      onSnapshot: () => {
        this.refreshSoon();
        // no pack could be read at start (the server was coming up): try again now it answers
        if (!this.speaker.list.length) this.speaker.load().then(() => this.languages.packsRead(), () => {});
      },
      onEvent: (event) => {
        // a manager's edit (LayoutChanged) may add, rename or close a field the kiosk offers, and
        // new hours (HoursChanged) may open or close the center now; a new name goes on top
        if (['QueueChanged', 'CounterStateChanged', 'LayoutChanged', 'HoursChanged', 'CenterRenamed'].includes(event.type)) this.refreshSoon();
        if (event.type === 'PrintFailed') this.printFailed(event.body.job);
        if (event.type === 'PrinterStateChanged') this.printerChanged(event.body);
      },
      onStatus: (status) => showConnection(this.messages, status),
      onPong: (serverTime) => this.clock.sync(serverTime),
      isRevoked: revokedCheck(this.token),
    }).start();
    setInterval(() => this.tick(), 1000);
    // every screen fitted to the window, and again as it is drawn or shown (fit.js)
    keepFitted(document.querySelector('main'));
    // a language the center added is offered, a word it recorded is said
    repeatAbout(PACKS_EVERY_MS, () => this.speaker.load().then(() => this.languages.packsRead()));
    // no event announces the morning opening: while closed, look again every minute
    setInterval(() => { if (this.view && !this.view.open) this.refresh(); }, CLOSED_REFRESH_MS);
    window.onedoor = { kiosk: this, speaker: this.speaker, offline: this.offline };
  }

  wire() {
    document.addEventListener('pointerdown', () => { this.lastTouch = Date.now(); }, true);
    document.getElementById('language-button').addEventListener('click', () => this.showLanguages());
    document.getElementById('search-button').addEventListener('click', () => {
      this.search.reset();
      this.show('search');
    });
    document.getElementById('take').addEventListener('click', () => this.take());
    document.querySelectorAll('.back').forEach((b) => b.addEventListener('click', () => this.back()));
    document.querySelectorAll('.home').forEach((b) => b.addEventListener('click', () => this.home()));
    document.getElementById('say-ticket').addEventListener('click', () => { if (this.ticketPrompt) this.sayTicket(this.ticketPrompt); });
    document.getElementById('say-confirm').addEventListener('click', () => this.sayConfirm());
    // closed, a citizen who cannot read touches the screen, or its speaker, to hear it again
    document.getElementById('closed').addEventListener('click', () => this.sayClosed());
    document.querySelectorAll('[data-say]').forEach((b) => b.addEventListener('click', () => this.sayPrompt(b.getAttribute('data-say'))));
  }

  /** Reads the kiosk's view of the center: hours, tiles, priority groups. */
  async refresh() {
    const response = await fetchWithin(READ_MS, '/api/centers/' + encodeURIComponent(this.device.center) + '/kiosk');
    if (!response.ok) return;
    const view = await response.json();
    if (!view || !view.fields) return;
    this.keptView.keep(view);
    this.view = view;
    this.clock.sync(this.view.serverTime, this.view.utcOffsetSeconds);
    this.draw();
    if (!this.view.open && this.screen !== 'closed' && this.screen !== 'ticket') this.show('closed');
    if (this.view.open && this.screen === 'closed') this.show('home');
  }

  /**
   * Redraws the counts a moment after the floor changed. One refresh is pending at most, and
   * more events do not push it back: at a busy center they come more often than REFRESH_MS and
   * the counts would never be redrawn.
   */
  refreshSoon() {
    if (!this.refreshTimer) this.scheduleRefresh(REFRESH_MS);
  }

  scheduleRefresh(delay) {
    this.refreshTimer = setTimeout(() => {
      // a finger may be on a tile: redrawing under it would lose the tap, so wait for a quiet moment
      const quietFor = Date.now() - this.lastTouch;
      if (quietFor < TOUCH_QUIET_MS) {
        this.scheduleRefresh(TOUCH_QUIET_MS - quietFor);
        return;
      }
      this.refreshTimer = null;
      this.refresh();
    }, delay);
  }

  draw() {
    const view = this.view;
    document.getElementById('center-name').textContent = view.centerName;
    drawTiles(document.getElementById('tiles'), this.messages, view.fields, (f) => this.pickField(f));
    // new priority buttons would not be held while the request that went with the chosen one is out
    if (this.field && !this.taking) {
      this.field = view.fields.filter((f) => f.code === this.field.code)[0] || this.field;
      drawChosen(document.getElementById('chosen'), this.messages, this.field, this.procedure);
      drawPriorities(document.getElementById('priorities'), this.messages, view.priorityGroups, this.priority,
        (g) => this.pickPriority(g));
    }
    // a holiday is a day off, said so with its reason: not "outside working hours" at ten in the morning
    const title = document.getElementById('closed-title');
    const titleKey = view.closedToday === null || view.closedToday === undefined ? 'kiosk.closedTitle' : 'kiosk.closedDayTitle';
    title.setAttribute('data-i18n', titleKey);
    title.textContent = this.messages.t(titleKey);
    document.getElementById('closed-reason').textContent = view.closedToday || '';
    // nextOpening is the center's local time: read it as UTC fields, as the clock does
    const opening = view.nextOpening ? new Date(view.nextOpening + 'Z') : null;
    document.getElementById('reopens').textContent = opening ? this.messages.t('kiosk.reopens', {
      time: pad(opening.getUTCHours()) + ':' + pad(opening.getUTCMinutes()),
      date: formatDate(this.messages, opening),
    }) : '';
    document.getElementById('hours').textContent = this.messages.t('kiosk.hours', {
      opens: String(view.opensAt).slice(0, 5), closes: String(view.closesAt).slice(0, 5) });
  }

  show(screen) {
    this.screen = screen;
    document.querySelectorAll('main > .screen').forEach((s) => { s.hidden = s.id !== screen; });
    const prompts = { home: 'say.home', search: 'say.search', languages: 'say.language' };
    // the confirm screen's prompts follow the field's name (sayConfirm)
    if (prompts[screen]) this.sayPrompt(prompts[screen]);
    if (screen === 'closed') this.sayClosed();
  }

  /**
   * Closed: says so, and when to come back ("… quay lại vào lúc bảy giờ ba mươi phút, thứ ba") in
   * the words the server gives, for a citizen who cannot read the time on the screen. A view kept
   * from before closing time has no such words: the prompt then asks to come back in opening hours.
   */
  sayClosed() {
    const words = this.view && this.view.spokenReopening;
    if (words && words.length) this.speaker.say('say.closedUntil', this.messages.t('say.closedUntil'), words);
    else this.sayPrompt('say.closed');
  }

  sayPrompt(key) {
    this.speaker.say(key, this.messages.t(key));
  }

  /** The ticket screen's prompt, then the number in the words the hall will call it with (again at a touch of its speaker). */
  sayTicket(key) {
    this.ticketPrompt = key;
    this.speaker.say(key, this.messages.t(key), this.taken && this.taken.spokenCode);
  }

  pickField(field) {
    if (field.closedBecause) {
      // greyed: say why, in words the citizen can hear
      this.speaker.say('say.' + field.closedBecause, this.messages.t('say.' + field.closedBecause));
      return;
    }
    this.field = field;
    this.procedure = null;
    this.priority = null;
    document.getElementById('online').hidden = true;
    document.getElementById('take-problem').hidden = true;
    this.draw();
    this.show('confirm');
    this.sayConfirm();
  }

  /**
   * The field chosen, what to touch next, and that priority groups have pictures: a citizen who
   * cannot read hears all of it (again at a touch of the screen's speaker).
   */
  sayConfirm() {
    if (!this.field) return;
    const prompts = [{ key: 'field.' + this.field.code, text: this.messages.fieldName({ field: this.field.code, names: this.field.names }) },
      { key: 'say.confirm', text: this.messages.t('say.confirm') }];
    if (this.view && this.view.priorityGroups && this.view.priorityGroups.length) {
      prompts.push({ key: 'say.priority', text: this.messages.t('say.priority') });
    }
    this.speaker.sayAll(prompts);
  }

  pickProcedure(procedure) {
    const field = this.view.fields.filter((f) => f.code === procedure.field)[0];
    if (!field) return;
    if (field.closedBecause) {
      this.pickField(field);
      return;
    }
    this.pickField(field);
    this.procedure = procedure;
    this.draw();
    const online = document.getElementById('online');
    online.hidden = !procedure.onlineUrl;
    if (procedure.onlineUrl) document.getElementById('online-qr').src = qr(procedure.onlineUrl);
  }

  pickPriority(group) {
    this.priority = this.priority === group.code ? null : group.code;
    this.draw();
    if (this.priority) this.speaker.say('priority.' + group.code, group.names[this.messages.lang] || group.names.vi);
  }

  async take() {
    if (this.taking) return; // a double tap must not give two tickets
    this.taking = true;
    try {
      await whileGettingNumber(this.messages, () => this.issue());
    } finally {
      this.taking = false;
    }
  }

  async issue() {
    // the same id goes with the leased number if this request is given up on: a ticket it wrote
    // after all is then cancelled when that number is handed back, not left waiting for nobody
    const body = { field: this.field.code, language: this.speaker.language, requestId: newRequestId() };
    if (this.procedure) body.procedure = this.procedure.code;
    if (this.priority) body.priority = this.priority;
    const response = await requestTicket(this.token, body);
    if (outOfReach(response) && await this.issueOffline(body)) return;
    if (!response || !response.ok) {
      const wait = busy(response);
      const problem = document.getElementById('take-problem');
      problem.textContent = this.messages.t(wait ? 'kiosk.busy' : 'kiosk.failed');
      problem.hidden = false;
      this.refused = response ? response.status : 'unreachable';
      this.sayPrompt(wait ? 'say.busy' : 'say.failed');
      this.refresh().catch(() => {}); // unreachable: the floor socket brings the view back later
      return;
    }
    this.taken = await response.json();
    const { note, prompt } = paperNote(this.taken.printer, this.browserPrinting);
    drawTicket(this.messages, this.view, this.taken, note);
    this.show('ticket');
    this.sayTicket(prompt);
    if (this.browserPrinting) {
      // print once the QR code has loaded, or a blank square goes on the paper
      drawPaper(document.getElementById('paper'), this.messages, this.view, this.taken).then(() => window.print());
    }
  }

  /**
   * Gives the citizen a number leased for outages: shown (and printed by the browser if it prints),
   * and handed back to the server when it answers again. False when no number is left.
   */
  async issueOffline(body) {
    if (!openAt(this.view, this.clock.local())) {
      this.closeForTheDay(); // nobody would call a number given after closing time
      return true;
    }
    const field = this.view.fields.filter((f) => f.code === body.field)[0] || { code: body.field, names: {} };
    // the browser prints its own paper, or the bridge on this PC does (if it has one)
    const paper = this.browserPrinting ? null : { center: this.device.center, day: this.offline.state.day,
      centerName: this.view.centerName, local: this.clock.local(),
      fieldName: this.messages.fieldName({ field: field.code, names: field.names }), note: this.messages.t('paper.offline'),
      counters: field.counters && field.counters.length ? servedAt(this.messages, field.counters) : null };
    const given = await takeAndPrint(this.offline, body, paper);
    if (!given) return false;
    const { number, printed } = given;
    this.taken = { ticket: { code: number.code, field: body.field, counters: field.counters }, offline: true,
      spokenCode: number.spokenCode };
    drawTicket(this.messages, this.view, this.taken, printed || this.browserPrinting ? 'kiosk.offlinePaper' : 'kiosk.offline');
    this.show('ticket');
    this.sayTicket(printed || this.browserPrinting ? 'say.offlinePaper' : 'say.offline');
    if (this.browserPrinting) {
      drawPaper(document.getElementById('paper'), this.messages, this.view, this.taken).then(() => window.print());
    }
    return true;
  }

  back() {
    if (this.screen === 'languages' || this.screen === 'search' || this.screen === 'confirm') this.show('home');
  }

  /** Back to the start for the next citizen: default language, nothing chosen. */
  async home() {
    if (this.goingHome) return;
    this.goingHome = true;
    try {
      await this.reset();
    } finally {
      this.goingHome = false;
    }
  }

  async reset() {
    this.field = null;
    this.procedure = null;
    this.priority = null;
    this.taken = null;
    this.ticketPrompt = null;
    if (this.languages.otherThanDefault(this.messages)) {
      try {
        await this.useLanguage(this.languages.defaultLanguage, false);
      } catch (e) {
        // the bundle could not be fetched: home in the language we have
      }
    }
    this.show(this.view && !this.view.open ? 'closed' : 'home');
  }

  showLanguages() {
    this.languages.drawList();
    this.show('languages');
  }

  async useLanguage(language, goHome) {
    this.messages = await this.languages.use(language);
    this.search.messages = this.messages;
    this.messages.apply();
    if (this.view) this.draw();
    if (goHome) this.show('home');
  }

  /** The bridge could not print the ticket on the screen: its citizen keeps the number from it instead. */
  printFailed(job) {
    if (this.screen !== 'ticket' || !this.taken || this.taken.printJob !== job) return;
    drawTicket(this.messages, this.view, this.taken, 'kiosk.noPaper');
    this.sayTicket('say.ticketNoPaper');
  }

  /**
   * The bridge the ticket on the screen went to is gone (its socket closed: no answer will come
   * for the job) or its printer stopped answering, while the citizen is still here. Paper out or a
   * printer error fail the job itself (PrintFailed); a roll that ran out on this very ticket must
   * not tell a citizen holding it that the printer failed. A printer that goes offline just after
   * printing the ticket well is rare, and the advice to keep the number then does no harm.
   */
  printerChanged(change) {
    if (change.state !== 'OFFLINE' || !this.taken || this.taken.printerBridge !== change.bridge) return;
    this.printFailed(this.taken.printJob);
  }

  /** Closing time passed by the kiosk's clock: closed until the server says otherwise. */
  closeForTheDay() {
    this.view.open = false;
    if (this.screen !== 'ticket') this.show('closed');
    this.refresh().catch(() => {}); // the next opening, when the server can be reached
  }

  tick() {
    document.getElementById('clock').textContent = this.clock.time();
    if (this.view && this.view.open && !openAt(this.view, this.clock.local())) this.closeForTheDay();
    const idle = Date.now() - this.lastTouch;
    // a citizen who chose another language and walked away must not leave it to the next one
    const otherLanguage = this.languages.otherThanDefault(this.messages);
    if (this.screen === 'ticket' && idle > TICKET_IDLE_MS) this.home();
    else if (this.screen !== 'closed' && this.screen !== 'ticket' && idle > IDLE_MS
      && (this.screen !== 'home' || otherLanguage)) this.home();
  }
}

async function main() {
  const messages = await Messages.load(pageSetting('lang', 'vi'), BUNDLES);
  const { token, device } = await startScreen(['KIOSK'], messages, { withoutServer: true });
  await new Kiosk(messages, token, device).start();
}

main();
