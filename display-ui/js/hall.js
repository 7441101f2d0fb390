// The hall screen: who is served where, the call being announced, what waits per field.

import { startScreen, showConnection, revokedCheck } from './screen.js';
import { FloorConnection } from './floor.js';
import { FloorModel } from './floor-model.js';
import { refreshLayout } from './layout.js';
import { Announcer, STALE_MS } from './announcer.js';
import { ServerClock } from './server-clock.js';
import { pageSetting, pageSeconds } from './device.js';
import { element, replaceChildren } from './dom.js';
import { repeatAbout } from './repeat.js';
import { drawHours } from './hours.js';
import { drawFields, placeFields } from './hall-fields.js';

const FRESH_CALL_MS = 12000;  // a counter's tile flashes this long after its call
const SPOTLIGHT_MS = 20000;   // then the spotlight dims until the next call
const RECENT_CALLS = 3;       // calls listed under the spotlight, on one line (those that fit)
const RECENT_MS = 10 * 60000; // and for how long after each was made
// how often the voice packs are read again (?packs=<seconds>): a clip recorded today is said today
const PACKS_EVERY_MS = pageSeconds('packs', 600);

async function main() {
  const { messages, token, device } = await startScreen(['HALL_SCREEN']);
  const model = new FloorModel();
  const clock = new ServerClock();
  const fresh = {};  // counter number → when it was last called (server ms)
  const spotlight = new Spotlight(clock);
  const soundOverlay = document.getElementById('sound');

  const announcer = new Announcer({
    languages: pageSetting('voice', 'vi').split(','),
    now: () => clock.now(),
    // a call too old to speak (the queue waited for sound) rests in the spotlight rather than flash as new
    onStart: (call, spoken) => (spoken ? spotlight.show(call) : spotlight.rest(call)),
    onBlocked: (blocked) => {
      soundOverlay.hidden = !blocked;
      if (blocked) soundOverlay.focus();
    },
    // a call whose citizen was sent elsewhere while it waited its turn is not said; one the officer
    // pressed Start on meanwhile is: a Start pressed early does not bring the citizen to the counter
    stillWanted: (call) => stillAtCounter(call),
  });
  // Any tap, or any key of a TV remote, counts as the gesture a browser wants before it plays sound.
  document.addEventListener('click', () => announcer.enableSound());
  document.addEventListener('keydown', () => announcer.enableSound());
  await announcer.loadPacks();
  announcer.checkSound();
  repeatAbout(PACKS_EVERY_MS, () => announcer.loadPacks());

  let closedShown = false; // whether the fields were last drawn out of hours
  const render = () => {
    document.getElementById('center-name').textContent = model.centerName;
    fitTitle();
    drawCounters(messages, model, fresh, clock.now());
    // first: the notice's line and the recent calls take room the fields are fitted in
    drawNotice(model.notice);
    closedShown = drawHours(messages, model, clock);
    drawRecent(messages, model, spotlight, announcer, clock.now());
    drawFields(messages, model, closedShown);
    placeFields();
  };
  // the spotlight moved on: the call it showed joins the recent ones, which may take a line from the fields
  spotlight.onChange = () => {
    if (drawRecent(messages, model, spotlight, announcer, clock.now())) placeFields();
  };
  // the fields are fitted to their panel again once the fonts are in, or the window changes
  const refit = () => {
    fitTitle();
    placeFields(true);
  };
  window.addEventListener('resize', refit);
  if (document.fonts) document.fonts.ready.then(refit);

  let missed = [];
  // A box back from sleep reconnects with a clock that stood still while it slept (performance.now()
  // may not count a suspend), so hour-old calls would look recent: the calls it missed are held
  // until the first Pong of the socket tells the time.
  let timeKnown = false;
  let heldForTime = [];
  let liveHeld = []; // calls made meanwhile: said after the missed ones, in their order, once the time is known
  const speakMissed = (calls) => missedToSpeak(calls).forEach(speak);
  // a missed call whose citizen was already served, or sent elsewhere, during the gap is not called again
  const stillAtCounter = (call) => atItsCounter(model, call);
  const stillCalled = (call) => stillAtCounter(call) && model.counters[call.counter].nowServing.state === 'CALLED';
  // Every call missed while the socket was away whose citizen is still looking for the counter is
  // spoken, in order: a citizen who cannot read has only the voice, and a dead Wi-Fi takes 30-50 s
  // to notice. The announcer leaves out calls over two minutes old (STALE_MS), so a long cut brings
  // no burst of old calls.
  const missedToSpeak = (calls) => calls.filter(stillCalled);
  const speak = (call) => {
    // a call too old to be said (a long cut) is on the board, but its tile does not blink as if new
    if (clock.now() - call.occurredAt < STALE_MS) fresh[call.counter] = clock.now();
    // while the browser blocks sound the queue waits, but the hall still sees the newest call
    if (announcer.blocked) spotlight.show(call);
    announcer.announce(call);
  };

  const connection = new FloorConnection({
    center: device.center,
    token: token,
    onSnapshot: (snapshot) => {
      clock.sync(snapshot.serverTime, snapshot.utcOffsetSeconds);
      timeKnown = true;
      heldForTime = []; // the snapshot drew the floor afresh: what was missed is on the board, not news
      missed = [];
      model.load(snapshot);
      // after the load: whether a held call's citizen is still at its counter is read from the floor as it is now
      liveHeld.forEach(speak);
      liveHeld = [];
      // the newest call, unless it is old news (a reconnect hours later must not flash it as new),
      // or its citizen has left that counter (sent to another: the hall must not send them back)
      const newest = model.calls.find(stillAtCounter);
      if (newest && clock.now() - newest.occurredAt < SPOTLIGHT_MS) spotlight.show(newest);
      else if (newest) spotlight.rest(newest);
      else spotlight.clear(); // a new day: nobody has been called yet
      render();
      announcer.loadPacks(true); // a pack the screen still lacks (all screens reconnect at once after a restart)
    },
    onEvent: (event) => {
      const call = model.apply(event);
      if (event.type === 'LayoutChanged') refreshLayout(device.center, model, render);
      // the citizen in the spotlight was sent to another counter, served, marked absent or their
      // number taken back: the spotlight must not invite the hall to that counter for them any
      // more (the board already shows the counter free); it rests on the newest call before it
      // still standing, as a screen opened now would show
      if (['TicketTransferred', 'TicketCancelled', 'TicketDone', 'TicketNoShow'].includes(event.type) && event.body.ticket
        && event.body.ticket.code === spotlight.code) {
        const shown = model.calls.findIndex((c) => c.key === spotlight.key);
        const standing = model.calls.slice(shown + 1).filter(stillAtCounter)[0];
        if (standing) spotlight.rest(standing);
        else spotlight.clear();
      }
      if (call && event.replay) {
        // missed while the socket was away: on the board at once, spoken once the replay ends
        missed.push(call);
      } else if (call && !timeKnown) {
        liveHeld.push(call);
      } else if (call) {
        missed = [];
        speak(call);
      }
      if (event.replayLast && missed.length) {
        if (timeKnown) speakMissed(missed);
        else heldForTime = heldForTime.concat(missed);
        missed = [];
      }
      // a replay of hundreds of events is drawn once, at its end: a cheap box would freeze for seconds
      if (!event.replay || event.replayLast) render();
    },
    onStatus: (status) => showConnection(messages, status),
    onOpen: () => {
      timeKnown = false;
    },
    onPong: (serverTime) => {
      clock.sync(serverTime);
      timeKnown = true;
      if (heldForTime.length) speakMissed(heldForTime);
      heldForTime = [];
      liveHeld.forEach(speak);
      liveHeld = [];
    },
    now: () => clock.now(),
    isRevoked: revokedCheck(token),
  });
  connection.start();

  let freshShown = '';
  const tick = () => {
    document.getElementById('clock').textContent = clock.time();
    document.getElementById('date').textContent = clock.date(messages);
    spotlight.dimIfOld();
    // the hall closes, and opens, on the clock: the fields' waits say so too
    if (drawHours(messages, model, clock) !== closedShown) render();
    if (drawRecent(messages, model, spotlight, announcer, clock.now())) placeFields(); // an old call leaves the line
    // redraw the board only when a tile stops being fresh: cheap boxes, and the blink restarts
    const freshNow = Object.keys(fresh).filter((n) => clock.now() - fresh[n] < FRESH_CALL_MS).join(',');
    if (freshNow !== freshShown) {
      freshShown = freshNow;
      drawCounters(messages, model, fresh, clock.now());
    }
  };
  tick();
  setInterval(tick, 1000);

  // For a technician's console and the browser tests: what the screen knows and has played.
  window.onedoor = { model: model, announcer: announcer, connection: connection, clock: clock };
}

class Spotlight {
  constructor(clock) {
    this.clock = clock;
    this.shownAt = 0;
    this.key = null;       // the call shown, by its key, and its code
    this.code = null;
    this.onChange = null;  // called when another call is shown
    this.box = document.getElementById('spotlight');
  }

  show(call) {
    this.showing(call);
    this.box.classList.remove('idle');
    // restart the highlight animation for a recall of the same code
    this.box.classList.remove('flash');
    void this.box.offsetWidth;
    this.box.classList.add('flash');
    this.shownAt = this.clock.now();
  }

  /** Shows an old call without the highlight. */
  rest(call) {
    this.showing(call);
    this.box.classList.add('idle');
  }

  clear() {
    this.showing(null);
    this.box.classList.add('idle');
  }

  showing(call) {
    document.getElementById('spotlight-code').textContent = call ? call.code : '';
    document.getElementById('spotlight-counter').textContent = call ? call.counter : '';
    // no call to show: "Xin mời số … đến quầy" around nothing would read as a broken screen
    this.box.classList.toggle('empty', !call);
    const key = call ? call.key : null;
    if (key === this.key) return;
    this.key = key;
    this.code = call ? call.code : null;
    if (this.onChange) this.onChange();
  }

  dimIfOld() {
    if (this.clock.now() - this.shownAt > SPOTLIGHT_MS) this.box.classList.add('idle');
  }
}

function drawCounters(messages, model, fresh, now) {
  const list = document.getElementById('counters');
  const items = model.counterList().map((c) => {
    const serving = c.nowServing;
    const item = element('li', 'counter state-' + c.state.toLowerCase());
    if (serving && now - (fresh[c.number] || 0) < FRESH_CALL_MS) item.classList.add('fresh');
    const number = element('span', 'number', messages.t('hall.counter', { n: c.number }));
    item.appendChild(number);
    // a citizen whose number stands greyed at a counter on a break learns why nobody is there
    if (serving && c.state === 'PAUSED') number.appendChild(element('span', 'note', messages.t('counter.state.PAUSED')));
    if (serving) {
      const code = element('span', 'code', serving.code);
      code.style.borderColor = model.colourOf(serving.field);
      item.appendChild(code);
    } else {
      item.appendChild(element('span', 'code empty',
        c.state === 'OPEN' ? messages.t('hall.free') : messages.t('counter.state.' + c.state)));
    }
    return item;
  });
  replaceChildren(list, items); // in two columns, the rows' height set by placeFields
}

/** Whether the ticket of a call is still at the counter it was called to (called, or being served there). */
function atItsCounter(model, call) {
  const counter = model.counters[call.counter];
  return !!(counter && counter.nowServing && counter.nowServing.code === call.code);
}

/**
 * The calls made before the spotlight's, newest first, each code once (a recall is the same
 * citizen), from the last RECENT_MS, as "A012 → 3": a citizen who stepped out during their call
 * finds where to go. Calls still waiting to be announced are not listed before they are said.
 * Redrawn only when the list changed; whether it did (placeFields then decides whether it is shown).
 */
function drawRecent(messages, model, spotlight, announcer, now) {
  const at = model.calls.findIndex((c) => c.key === spotlight.key);
  // only citizens still wanted at that counter (one served has no need of it, one sent elsewhere
  // must not go back), and none still waiting to be said: during a burst of more calls than the
  // model keeps, or once the spotlight is cleared, the kept calls may all be newer than the one said
  const before = (at >= 0 ? model.calls.slice(at + 1) : model.calls)
    .filter((c) => atItsCounter(model, c) && !announcer.waiting(c.key));
  const codes = new Set(spotlight.code ? [spotlight.code] : []);
  const recent = before.filter((c) => {
    if (now - c.occurredAt > RECENT_MS || codes.has(c.code)) return false;
    codes.add(c.code);
    return true;
  }).slice(0, RECENT_CALLS);
  const box = document.getElementById('recent-calls');
  const drawn = recent.map((c) => c.key).join(',');
  if (box.dataset.drawn === drawn) return false;
  box.dataset.drawn = drawn;
  const items = recent.map((c) => {
    const item = element('li');
    // said as words by a screen reader: the arrow alone is read as "right arrow"
    item.setAttribute('aria-label', messages.t('hall.recentSpoken', { code: c.code, n: c.counter }));
    item.appendChild(element('b', 'code', c.code));
    item.appendChild(document.createTextNode(' ' + messages.t('hall.recentTo', { n: c.counter })));
    return item;
  });
  replaceChildren(document.getElementById('recent'), items);
  return true;
}

/** The center's name on one line if it fits there, else on two (smaller), never cut before its end. */
function fitTitle() {
  const title = document.getElementById('center-name');
  title.classList.remove('two-lines');
  if (title.scrollWidth > title.clientWidth + 1) title.classList.add('two-lines');
}

function drawNotice(notice) {
  const box = document.getElementById('notice');
  const text = box.firstElementChild;
  box.parentElement.hidden = !notice;
  if (text.textContent === (notice || '')) return; // keep the scroll going
  text.textContent = notice || '';
  // about 12 characters a second, however long the line
  text.style.animationDuration = Math.max(12, (notice || '').length / 6) + 's';
}

main();
