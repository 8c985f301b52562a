// The stream inspector: reads api/events with fetch and parses the frames itself, so every frame shows
// (any event type, comments, retry), not only the types an EventSource has listeners for.
import { bearer, bindBadge, el, hubUrl, formatTime, publish, publishToken, Reconnect } from './hub.js';

const MAX_ROWS = 500;
const $ = (id) => document.getElementById(id);

/**
 * One subscription read frame by frame; reconnects by itself with the pages' one {@link Reconnect}
 * state machine (first wait: the hub's retry: interval), resuming with Last-Event-ID.
 */
class FrameStream {
  #listeners = [];
  #abort = null;
  #closed = false;
  #retryMs = 3000;
  #reconnect = new Reconnect(() => this.#notify());

  constructor({ streams, lastEventId, replay, onFrame }) {
    this.streams = streams;
    this.replay = replay;
    this.lastEventId = lastEventId;
    this.onFrame = onFrame;
  }

  get status() {
    return this.#reconnect.status;
  }

  /** The URL of the first request: later ones resume from the last id instead of replaying. */
  url() {
    return hubUrl('api/events', { stream: this.streams, replay: this.lastEventId ? null : this.replay });
  }

  onStatus(fn) {
    this.#listeners.push(fn);
    fn(this.status, this);
    return this;
  }

  open() {
    this.#run();
    return this;
  }

  close() {
    this.#closed = true;
    this.#abort?.abort();
    this.#reconnect.closed();
  }

  /** One attempt; a failed one schedules the next through the Reconnect backoff. */
  async #run() {
    if (this.#closed) return;
    this.#reconnect.attempt();
    this.#abort = new AbortController();
    try {
      const headers = { Accept: 'text/event-stream', ...bearer() };
      if (this.lastEventId) headers['Last-Event-ID'] = this.lastEventId;
      const response = await fetch(this.url(), { headers, cache: 'no-store', signal: this.#abort.signal });
      if (!response.ok) {
        const reason = (await response.text()).trim();
        this.onFrame({ kind: 'control', type: `HTTP ${response.status}`, data: reason || response.statusText });
        if (response.status === 400 || response.status === 401 || response.status === 403) {
          this.close(); // the request itself is wrong: retrying will not help
          return;
        }
        throw new Error(`HTTP ${response.status}`); // 404/503 while the hub is (re)deployed: retry
      }
      this.#reconnect.opened();
      await this.#read(response.body);
      if (!this.#closed) this.onFrame({ kind: 'control', type: '(end)', data: 'the hub ended the response' });
    } catch (error) {
      if (this.#closed) return;
      if (!String(error.message).startsWith('HTTP')) this.onFrame({ kind: 'control', type: '(error)', data: error.message });
    }
    if (this.#closed) return;
    this.#reconnect.failed(() => this.#run(), this.#retryMs);
  }

  /** The text/event-stream format: lines end in CRLF, LF or CR; a blank line ends a frame. */
  async #read(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let frame = newFrame();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const eol = /\r\n|\r|\n/g;
      let start = 0;
      let match;
      while ((match = eol.exec(buffer))) {
        if (match[0] === '\r' && eol.lastIndex === buffer.length) break; // may be half of a CRLF
        const line = buffer.slice(start, match.index);
        start = eol.lastIndex;
        if (line === '') {
          this.#dispatch(frame);
          frame = newFrame();
        } else {
          parseLine(frame, line);
        }
      }
      buffer = buffer.slice(start);
    }
  }

  #dispatch(frame) {
    if (!frame.lines || this.#closed) return;
    if (frame.retry !== undefined) this.#retryMs = frame.retry;
    if (frame.id !== undefined) this.lastEventId = frame.id;
    if (frame.data.length) {
      const type = frame.event || 'message';
      this.onFrame({ kind: type.startsWith('hub-') ? 'control' : 'event', id: frame.id ?? '', type, data: frame.data.join('\n') });
    } else if (frame.retry !== undefined) {
      this.onFrame({ kind: 'retry', type: 'retry', data: `${frame.retry} ms` });
    } else if (frame.comments.length) {
      this.onFrame({ kind: 'comment', type: 'comment', data: frame.comments.join('\n') });
    }
    this.#notify();
  }

  #notify() {
    for (const fn of this.#listeners) fn(this.status, this);
  }
}

function newFrame() {
  return { lines: 0, data: [], comments: [], event: '', id: undefined, retry: undefined };
}

function parseLine(frame, line) {
  frame.lines += 1;
  if (line.startsWith(':')) {
    frame.comments.push(`:${line.slice(1)}`);
    return;
  }
  const colon = line.indexOf(':');
  const field = colon < 0 ? line : line.slice(0, colon);
  let value = colon < 0 ? '' : line.slice(colon + 1);
  if (value.startsWith(' ')) value = value.slice(1);
  if (field === 'data') frame.data.push(value);
  else if (field === 'event') frame.event = value;
  else if (field === 'id' && !value.includes('\0')) frame.id = value;
  else if (field === 'retry' && /^\d+$/.test(value)) frame.retry = Number(value);
}

// The page

const rows = $('frames');
const count = $('count');
const pauseButton = $('pause');
const badge = $('badge');
let stream = null;
let paused = false;
let pending = [];
let frames = 0;
let events = 0;

function arrival(date) {
  return `${formatTime(date)}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

function render(frame) {
  const idCell = el('td', { class: 'id' });
  if (frame.id) {
    idCell.append(el('button', { type: 'button', title: 'resume from this id', onclick: () => { $('last-id').value = frame.id; } }, frame.id));
  }
  const row = el('tr', { class: `kind-${frame.kind}`, dataset: { kind: frame.kind, id: frame.id ?? '' } },
    el('td', { class: 'arrived' }, arrival(frame.at)),
    idCell,
    el('td', {}, el('span', { class: 'type' }, frame.type)),
    el('td', { class: 'data' }, frame.data));
  row.hidden = !$('show-comments').checked && (frame.kind === 'comment' || frame.kind === 'retry');
  rows.prepend(row);
  while (rows.children.length > MAX_ROWS) rows.lastElementChild.remove();
}

function updateCount() {
  const waiting = paused ? ` · paused, ${pending.length} waiting` : '';
  count.textContent = frames ? `${frames} frame${frames === 1 ? '' : 's'}, ${events} event${events === 1 ? '' : 's'}${waiting}` : `no frames yet${waiting}`;
}

function onFrame(frame) {
  frame.at = new Date();
  frames += 1;
  if (frame.kind === 'event') events += 1;
  if (paused) pending.push(frame);
  else render(frame);
  updateCount();
}

function connect() {
  stream?.close();
  const names = $('streams').value.split(/[\s,]+/).filter(Boolean);
  if (!names.length) return;
  stream = new FrameStream({ streams: names, lastEventId: $('last-id').value.trim() || null, replay: $('replay').value || null, onFrame });
  $('subscribe-url').textContent = `GET ${stream.url().pathname}${stream.url().search}${stream.lastEventId ? `  Last-Event-ID: ${stream.lastEventId}` : ''}`;
  $('publish-stream').value = names[0];
  $('disconnect').disabled = false;
  bindBadge(stream, badge);
  stream.open();
}

$('subscribe-form').addEventListener('submit', (e) => {
  e.preventDefault();
  connect();
});

$('disconnect').addEventListener('click', () => {
  stream?.close();
  $('disconnect').disabled = true;
});

pauseButton.addEventListener('click', () => {
  paused = !paused;
  pauseButton.textContent = paused ? 'Resume' : 'Pause';
  if (!paused) {
    pending.forEach(render);
    pending = [];
  }
  updateCount();
});

$('clear').addEventListener('click', () => {
  rows.replaceChildren();
  pending = [];
  frames = 0;
  events = 0;
  updateCount();
});

$('show-comments').addEventListener('change', (e) => {
  for (const row of rows.querySelectorAll('tr.kind-comment, tr.kind-retry')) row.hidden = !e.target.checked;
});

$('token').value = publishToken.get();
$('token').addEventListener('change', (e) => {
  publishToken.set(e.target.value.trim());
  listKnownStreams(); // a token may show private streams
});

$('publish-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const result = $('publish-result');
  result.className = 'form-result';
  result.textContent = 'publishing…';
  try {
    const type = $('publish-type').value.trim() || 'message';
    const streamName = $('publish-stream').value.trim() || 'events';
    const id = await publish({ stream: streamName, type, data: $('publish-data').value });
    result.className = 'form-result ok';
    result.textContent = `published ${type} to ${streamName} as id ${id ?? '(no id returned)'}`;
  } catch (error) {
    result.className = 'form-result error';
    result.textContent = `not published: ${error.message}`;
  }
});

// The streams the hub knows, as buttons that add or remove one from the subscription field.
async function listKnownStreams() {
  try {
    const response = await fetch(hubUrl('api/streams'), { cache: 'no-store', headers: bearer() });
    if (!response.ok) return;
    const names = (await response.json()).map((stream) => stream.name);
    $('known-streams').replaceChildren(names.length ? 'known:' : '', ...names.map((name) =>
      el('button', { type: 'button', class: 'secondary', title: 'add to or remove from the streams', onclick: () => toggleStream(name) }, name)));
  } catch {
    // the list is a convenience; typing a name works without it
  }
}

function toggleStream(name) {
  const names = $('streams').value.split(/[\s,]+/).filter(Boolean);
  $('streams').value = (names.includes(name) ? names.filter((n) => n !== name) : [...names, name]).join(' ');
}

// inspector.html?stream=a&stream=b&lastEventId=… opens on those streams (the home page links here).
const query = new URLSearchParams(location.search);
if (query.getAll('stream').length) $('streams').value = query.getAll('stream').join(' ');
if (query.get('lastEventId')) $('last-id').value = query.get('lastEventId');
connect();
listKnownStreams();
