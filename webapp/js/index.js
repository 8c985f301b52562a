// Home page: the live list of streams (polled from api/streams) and copy-paste curl lines for this hub.
import { el, hubUrl, idToDate, formatTime } from './hub.js';

const POLL_MS = 3000;
const body = document.getElementById('streams');
const error = document.getElementById('streams-error');
const updated = document.getElementById('streams-updated');

async function refresh() {
  try {
    const response = await fetch(hubUrl('api/streams'), { cache: 'no-store', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const streams = await response.json();
    body.replaceChildren(...(streams.length ? streams.map(row) : [el('tr', {}, el('td', { colspan: 4, class: 'placeholder' }, 'no stream yet'))]));
    error.textContent = '';
    updated.textContent = `updated ${formatTime(new Date())}`;
  } catch (e) {
    error.className = 'form-result error';
    error.textContent = `could not load api/streams: ${e.message}`;
  } finally {
    setTimeout(refresh, POLL_MS);
  }
}

function row(stream) {
  const last = idToDate(stream.lastId);
  return el('tr', { dataset: { stream: stream.name } },
    el('td', {}, el('a', { href: `inspector.html?stream=${encodeURIComponent(stream.name)}`, title: 'open in the inspector' }, stream.name)),
    el('td', { class: 'num', dataset: { role: 'subscribers' } }, stream.subscribers),
    el('td', { class: 'num' }, stream.retained ?? ''),
    el('td', { class: 'mono', title: stream.lastId ?? '' }, last ? formatTime(last) : '–'));
}

function command(title, text) {
  const pre = el('pre', {}, el('code', {}, text));
  const copy = el('button', { type: 'button', class: 'secondary', title: 'copy to the clipboard' }, 'Copy');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      copy.textContent = 'Copied';
    } catch {
      getSelection().selectAllChildren(pre); // no clipboard access (plain http on another host): select it instead
      copy.textContent = 'Selected';
    }
    setTimeout(() => { copy.textContent = 'Copy'; }, 1500);
  });
  return el('div', {}, el('p', { class: 'command-title' }, title), el('div', { class: 'command' }, pre, copy));
}

const url = (path, params) => hubUrl(path, params).href;
document.getElementById('commands').append(
  command('Subscribe to the demo stream (Ctrl-C to stop)', `curl -N '${url('api/events', { stream: 'events' })}'`),
  command('Subscribe to two streams, replaying the last 5 events of each', `curl -N '${url('api/events', { stream: ['news', 'events'], replay: 5 })}'`),
  command('Resume after an id', `curl -N -H 'Last-Event-ID: 1795321600123456' '${url('api/events', { stream: 'events' })}'`),
  command('Publish a message (POST body)', `curl -i -X POST -H 'Content-Type: text/plain' --data 'hello' '${url('api/publish', { stream: 'events', type: 'message' })}'`),
  command('Publish JSON with an event type', `curl -i -X POST -H 'Content-Type: text/plain' --data '{"username":"john_doe","status":"online"}' '${url('api/publish', { stream: 'events', type: 'userupdate' })}'`),
  command('Publish with GET (seed form)', `curl -i '${url('api/publish', { type: 'message', msg: 'hello' })}'`),
  command('List the streams', `curl -s '${url('api/streams')}'`),
);

refresh();
