// The counter screen: the counter's number, the ticket it serves, and, once the officer completes
// it, three large buttons for the citizen to rate the service. The rating is recorded against the
// ticket (and so the counter and officer) by the server, which checks that this screen's counter
// served it. A page that starts afresh (the box lost power, its browser restarted) learns from its
// snapshot whether the citizen who just left this counter may still rate, and asks them again.
// An administrator may move the screen to another counter: the server then closes its socket
// (4002), and the page reads which counter it is at and shows that one, untouched.

import { startScreen, showConnection, revokedCheck } from './screen.js';
import { whoAmI } from './device.js';
import { FloorConnection } from './floor.js';
import { FloorModel } from './floor-model.js';
import { refreshLayout } from './layout.js';
import { ServerClock } from './server-clock.js';
import { STALL_MS, fetchWithin } from './fetch-within.js';

const RATING_OPEN_MS = 90000;  // the buttons wait this long after the completion for the citizen
// An officer calls the next number the moment they complete; the citizen who is leaving still
// gets this long from the completion to tap, the number called shown above the buttons meanwhile.
const RATING_AFTER_CALL_MS = 20000;
/** How long a box may take to come back from a power cut (TV box boot, browser start) with its citizen still there. */
const REBOOT_MS = 120000;
const THANKS_MS = 4000;

async function main() {
  const started = await startScreen(['COUNTER_SCREEN']);
  const { messages, token } = started;
  // what the server says this screen is: read again when an administrator moves it to another counter
  let device = started.device;
  const model = new FloorModel();
  const clock = new ServerClock();
  const rating = new RatingPanel(messages, token, () => clock.now());
  const showTitle = () => {
    document.getElementById('counter-title').textContent = messages.t('counter.title', { n: device.counter });
  };
  showTitle();

  const render = () => {
    const counter = model.counters[device.counter];
    const serving = counter && counter.nowServing;
    let label;
    // on a break with a citizen still here: their number stays, and the line asks them to wait at
    // the desk for the officer (not that the counter is on a break, which reads as "not for you")
    if (serving && counter.state === 'PAUSED') label = messages.t('counter.pausedWithCitizen');
    else if (serving) label = messages.t(serving.state === 'SERVING' ? 'counter.serving' : 'counter.calling');
    else if (!counter || counter.state === 'CLOSED') label = messages.t('counter.closed');
    else if (counter.state === 'PAUSED') label = messages.t('counter.paused');
    else label = messages.t('counter.idle');
    document.getElementById('now-label').textContent = label;
    // who sits here, as a one-stop desk's name plate says: a citizen can name them in a rating or a complaint
    const officer = counter && counter.state !== 'CLOSED' && counter.officerName;
    document.getElementById('officer').textContent = officer ? messages.t('counter.officer', { name: officer }) : '';
    document.getElementById('now-code').textContent = serving ? serving.code : '';
    const field = serving && model.fields[serving.field];
    document.getElementById('now-field').textContent = field ? messages.fieldName(field) : '';
    // the field colour as a band, not as text: dark field colours on the dark screen are unreadable
    document.getElementById('now-code').style.borderBottomColor = serving ? model.colourOf(serving.field) : 'transparent';
  };

  // What the rating panel does with an event of this counter. A completion replayed after an
  // outage is too old for its citizen, who has gone: so it needs the time, and a box back from
  // sleep has a clock that stood still while it slept. Until the socket's first Pong (or a
  // snapshot) tells the time, these events wait, in order.
  let timeKnown = false;
  let heldForTime = [];
  const toRating = (event) => {
    const ticket = event.body.ticket;
    if (ticket && ticket.counter === device.counter) {
      if (event.type === 'TicketDone' && clock.now() - Date.parse(event.occurredAt) < RATING_OPEN_MS) {
        rating.open(ticket, Date.parse(event.occurredAt), null);
      } else if (event.type === 'TicketCalled') rating.nextCalled(ticket);
    }
    if (event.type === 'TicketRated' && rating.ticket && rating.ticket.id === ticket.id) rating.thank();
  };
  const timeIsKnown = () => {
    timeKnown = true;
    heldForTime.forEach(toRating);
    heldForTime = [];
  };

  const connection = new FloorConnection({
    center: device.center,
    token: token,
    onSnapshot: (snapshot) => {
      clock.sync(snapshot.serverTime, snapshot.utcOffsetSeconds);
      heldForTime = []; // the floor drawn afresh: nothing before it is news
      timeIsKnown();
      model.load(snapshot);
      rating.resume((snapshot.openRatings || []).find((r) => r.ticket.counter === device.counter));
      render();
    },
    onEvent: (event) => {
      model.apply(event);
      if (event.type === 'LayoutChanged') refreshLayout(device.center, model, render);
      if (timeKnown) toRating(event);
      else heldForTime.push(event);
      render();
    },
    onStatus: (status) => showConnection(messages, status),
    onOpen: () => {
      timeKnown = false;
    },
    onPong: (serverTime) => {
      clock.sync(serverTime);
      timeIsKnown();
    },
    now: () => clock.now(),
    isRevoked: revokedCheck(token),
    counter: () => device.counter,
    // moved to another counter: whoAmI keeps the new description for a start in an outage too; the
    // old counter's citizen is not asked to rate here, the new counter's is, from the next snapshot
    onMoved: async () => {
      const now = await whoAmI(token);
      if (now === null) return false;
      device = now;
      rating.close();
      showTitle();
      render();
      return true;
    },
  });
  connection.start();
  setInterval(() => { document.getElementById('clock').textContent = clock.time(); }, 1000);
  window.onedoor = { model: model, connection: connection, rating: rating };
}

class RatingPanel {
  constructor(messages, token, now) {
    this.messages = messages;
    this.token = token;
    this.now = now; // the server's time: a completion replayed after a cut is as old as it is
    this.ticket = null;
    this.timer = null;
    this.offered = null; // the id of the ticket this page last asked about: a snapshot does not ask again
    document.querySelectorAll('#rating button').forEach((button) => {
      button.addEventListener('click', () => this.rate(button.getAttribute('data-score')));
    });
  }

  /**
   * For the citizen whose time to rate began at {@code since} (server time, ms: the completion, or
   * the moment a fresh page asked them again); never past {@code closesAt}, when the server stops
   * taking the rating (null: not known, the server's window is far longer than the screen's).
   */
  open(ticket, since, closesAt) {
    this.ticket = ticket;
    this.offered = ticket.id;
    this.since = since;
    this.closesAt = closesAt;
    this.show('rating');
    document.getElementById('rating-error').hidden = true;
    document.getElementById('rating-next').hidden = true;
    this.later(() => this.close(), this.until(since + RATING_OPEN_MS) - this.now());
  }

  /**
   * What the server said in a snapshot: {@code open}, this counter's citizen who may still rate
   * ({ticket, doneAt, closesAt}), or none. A page that has not asked them yet starts afresh: the
   * box came back from a power cut or a browser restart, perhaps a minute later, and the citizen
   * may still stand there, so they get the screen's whole time again, within the server's window,
   * if the completion was at most the screen's time and a reboot ago.
   * A page that asked them already keeps its timers; none open means rated, too late, or the next
   * number called.
   */
  resume(open) {
    if (!open) {
      if (this.ticket) this.close();
      return;
    }
    if (this.offered === open.ticket.id) return;
    // a box back within minutes finds its citizen still there; long after, whoever walks past would rate
    if (this.now() - Date.parse(open.doneAt) > RATING_OPEN_MS + REBOOT_MS) return;
    this.open(open.ticket, this.now(), Date.parse(open.closesAt));
  }

  /** The officer called the next number: the leaving citizen keeps what is left of a short while from the completion. */
  nextCalled(next) {
    if (!this.ticket) return;
    const left = this.until(this.since + RATING_AFTER_CALL_MS) - this.now();
    if (left <= 0) {
      this.close();
      return;
    }
    const strip = document.getElementById('rating-next');
    strip.textContent = this.messages.t('rate.nextCalled', { code: next.code });
    strip.hidden = false;
    this.later(() => this.close(), left);
  }

  async rate(score) {
    const ticket = this.ticket;
    if (!ticket) return;
    try {
      const response = await fetchWithin(STALL_MS, '/api/tickets/' + encodeURIComponent(ticket.id) + '/rating', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + this.token },
        body: JSON.stringify({ score: score }),
      });
      // the panel moved on to the next citizen while this answer was on its way: theirs is not touched
      if (this.ticket !== ticket) return;
      // 409: rated already (a double tap, or another screen): the citizen's answer is recorded
      if (response.ok || response.status === 409) this.thank();
      else this.failed();
    } catch (e) {
      if (this.ticket === ticket) this.failed();
    }
  }

  thank() {
    this.ticket = null;
    this.show('thanks');
    this.later(() => this.close(), THANKS_MS);
  }

  failed() {
    document.getElementById('rating-error').hidden = false;
  }

  close() {
    this.ticket = null;
    clearTimeout(this.timer);
    this.show('now');
  }

  show(id) {
    ['now', 'rating', 'thanks'].forEach((section) => {
      document.getElementById(section).hidden = section !== id;
    });
  }

  /** The earlier of {@code at} and the moment the server stops taking this rating. */
  until(at) {
    return this.closesAt === null ? at : Math.min(at, this.closesAt);
  }

  later(action, ms) {
    clearTimeout(this.timer);
    this.timer = setTimeout(action, ms);
  }
}

main();
