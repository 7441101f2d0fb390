// The public tracking page on a citizen's phone: the ticket's code, people ahead, the wait, and
// the counter once it is called — live over /ws/track/{token}, which reconnects by itself.

import { Messages } from '/display/js/i18n.js';
import { pageSetting } from '/display/js/device.js';
import { QUICK_START_MS, fetchWithin } from '/display/js/fetch-within.js';

// reconnecting: 3 s, doubling to a minute, each with up to half again at random, so that the
// phones of a whole hall do not all come back in the same second after a server restart
const RETRY_MS = 3000;
const RETRY_MAX_MS = 60000;
const HEARTBEAT_MS = 20000;
const SILENCE_MS = 50000;

async function main() {
  const token = location.pathname.split('/').filter(Boolean).pop();
  const messages = await Messages.load(pageSetting('lang', '') || await ticketLanguage(token) || navigatorLanguage(),
    '/kiosk/messages/');
  messages.apply();
  let known = false;

  const draw = (ticket) => {
    known = true;
    text('center', ticket.centerName);
    text('code', ticket.code);
    text('field', messages.fieldName({ field: ticket.field, names: ticket.fieldNames }));
    let state = '';
    let detail = '';
    // "about 0 min" read as a broken figure: the kiosk says "no wait" in the same case
    const estimate = (m) => (m ? messages.t('track.estimate', { m: m }) : messages.t('kiosk.noWait'));
    switch (ticket.state) {
      case 'WAITING':
        // nobody ahead: "0 people before you" reads as a count, not as "you are next"
        state = ticket.peopleAhead ? messages.t('track.ahead', { n: ticket.peopleAhead }) : messages.t('track.next');
        // sent to one counter (a transfer): that counter calls them, whatever the hall shows
        if (ticket.counter) {
          detail = ticket.counterOpen
            ? messages.t('track.sentTo', { counter: ticket.counter }) + ' · ' + estimate(ticket.estimatedWaitMinutes)
            : messages.t('track.sentToPaused', { counter: ticket.counter });
        } else {
          detail = ticket.counterOpen ? estimate(ticket.estimatedWaitMinutes)
            : messages.t('kiosk.noCounterOpen');
        }
        break;
      case 'CALLED':
        state = messages.t('track.called', { counter: ticket.counter });
        break;
      case 'SERVING':
        state = messages.t('track.serving', { counter: ticket.counter });
        break;
      case 'DONE':
        state = messages.t('track.done');
        break;
      case 'NO_SHOW':
        state = messages.t('track.noShow');
        break;
      default:
        state = messages.t('track.cancelled');
    }
    text('state', state);
    text('detail', detail);
    document.body.className = 'state-' + ticket.state.toLowerCase();
    // served or cancelled, nothing more will change: "updates by itself" under "done" read as unfinished
    ended = ticket.state === 'DONE' || ticket.state === 'CANCELLED';
    if (ended) text('live', '');
  };

  let ended = false;
  let socket = null;
  let heard = 0;
  let retries = 0;
  const connect = () => {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(scheme + '//' + location.host + '/ws/track/' + encodeURIComponent(token));
    heard = performance.now();
    socket.onopen = () => text('live', ended ? '' : messages.t('track.live'));
    socket.onmessage = (message) => {
      heard = performance.now();
      const frame = JSON.parse(message.data);
      if (frame.type === 'Track') {
        retries = 0;
        draw(frame.ticket);
      }
      if (frame.type === 'Unknown') {
        text('code', '—');
        text('state', messages.t('track.unknown'));
        // nothing will come for a number the server does not know: no "updates by itself", no retries
        text('live', '');
        socket.onclose = null;
        socket.close();
        socket = null;
      }
    };
    socket.onclose = () => {
      if (!ended) text('live', messages.t('track.offline'));
      const wait = Math.min(RETRY_MAX_MS, RETRY_MS * Math.pow(2, retries));
      retries += 1;
      setTimeout(connect, wait * (1 + Math.random() / 2));
    };
  };
  connect();
  // a phone in a pocket loses its network without the socket noticing: ask, and give up on silence
  setInterval(() => {
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    if (performance.now() - heard > SILENCE_MS) socket.close();
    else socket.send('ping');
  }, HEARTBEAT_MS);
  window.onedoor = { known: () => known };
}

/**
 * The language the ticket was taken in, as its tracking answer says: many phones of citizens who
 * took a Vietnamese ticket run an English UI, and the other way round. A language the page has no
 * bundle for (a voice pack's, such as "hmn") falls back to Vietnamese (Messages.load). Null when
 * the answer does not come in time (or the token is unknown): the phone's language then.
 */
async function ticketLanguage(token) {
  try {
    const response = await fetchWithin(QUICK_START_MS, '/api/track/' + encodeURIComponent(token), { cache: 'no-store' });
    return response.ok ? (await response.json()).language || null : null;
  } catch (e) {
    return null;
  }
}

/** The phone's language, when the ticket's is not known: Vietnamese, else English. */
function navigatorLanguage() {
  return (navigator.language || 'vi').toLowerCase().indexOf('vi') === 0 ? 'vi' : 'en';
}

function text(id, value) {
  document.getElementById(id).textContent = value;
}

main();
