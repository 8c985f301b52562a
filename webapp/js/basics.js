// Basics: seed 002's ping and seed 000/001's clock and count, each on a bare EventSource.
import { el, hubUrl, formatTime, prependCapped } from './hub.js';

const STATES = ['connecting', 'open', 'closed'];

/**
 * Runs one demo in its card. `finite` demos end their response after `expected` events: the page then
 * closes the EventSource, which would otherwise reconnect and start the demo again.
 */
function demo(name, { path, type = 'message', expected = Infinity, show }) {
  const card = document.querySelector(`[data-demo="${name}"]`);
  const part = (role) => card.querySelector(`[data-role="${role}"]`);
  const badge = part('badge');
  const toggle = part('toggle');
  let source = null;
  let received = 0;

  const state = (text) => {
    badge.dataset.status = text;
    badge.firstElementChild.textContent = text;
  };

  function start() {
    received = 0;
    part('list').replaceChildren();
    source = new EventSource(hubUrl(path));
    state(STATES[source.readyState]);
    source.onopen = () => state('open');
    source.addEventListener(type, (event) => {
      received += 1;
      part('value').textContent = show(event);
      card.dataset.filled = 'true';
      prependCapped(part('list'), el('li', {}, el('time', {}, formatTime(new Date())),
        event.lastEventId ? `id ${event.lastEventId} · ${event.data}` : event.data), 10);
      if (received >= expected) stop('ended');
    });
    source.onerror = () => {
      if (received >= expected || source.readyState === EventSource.CLOSED) stop(received ? 'ended' : 'closed');
      else state('reconnecting');
    };
    toggle.textContent = 'Stop';
  }

  function stop(text = 'closed') {
    source?.close();
    source = null;
    state(text);
    toggle.textContent = 'Start again';
  }

  toggle.addEventListener('click', () => (source ? stop() : start()));
  start();
}

demo('ping', { path: 'api/demo/ping', type: 'ping', show: (e) => e.data });
// The clock sends the server's local date and time ("2026-11-22 10:15:30"): the card shows the time.
demo('clock', { path: 'api/demo/clock', expected: 10, show: (e) => e.data.trim().split(/[ T]/).at(-1) });
demo('count', { path: 'api/demo/count', expected: 5, show: (e) => e.data });
