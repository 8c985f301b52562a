// Shared by every demo page: DOM building without innerHTML, the hub connection (status, named-event
// routing, resume by id after the browser gives up), publishing, and small formatting helpers.
// Every URL is relative to the page, so the pages work under any context path.

/** Creates an element; string children become text nodes, so event data is never parsed as HTML. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  applyProps(node, props);
  for (const child of children.flat()) {
    if (child != null && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Creates an SVG element (charts and plots are drawn as inline SVG). */
export function svg(tag, attrs = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  applyProps(node, attrs);
  return node;
}

function applyProps(node, props) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

/** Resolves a hub path ("api/events") against the page, adding the given query parameters. */
export function hubUrl(path, params = {}) {
  const url = new URL(path, document.baseURI);
  for (const [key, value] of Object.entries(params)) {
    if (value == null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
  }
  return url;
}

/** Parses JSON event data; null when it is not JSON (the pages then show the raw text). */
export function parseJson(text) {
  try { return JSON.parse(text); } catch { return null; }
}

/**
 * The hub's ids are microseconds since the epoch (docs/API.md), so an id tells when the event was
 * published. A multi-stream cursor ("news:17…,events:17…") gives the time of its newest entry.
 */
export function idToDate(id) {
  if (!id) return null;
  const micros = String(id).split(',').map((part) => Number(part.slice(part.lastIndexOf(':') + 1)));
  const newest = Math.max(...micros.filter(Number.isFinite));
  return Number.isFinite(newest) && newest > 1e12 ? new Date(newest / 1000) : null;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

export function formatTime(date) {
  return date ? timeFormat.format(date) : '';
}

const TOKEN_KEY = 'sse-hub.publish-token';

/** The optional token (sse.hub.publish-token, or a JWT for private streams and publishing), kept in this browser only. */
export const publishToken = {
  get: () => localStorage.getItem(TOKEN_KEY) ?? '',
  set: (token) => (token ? localStorage.setItem(TOKEN_KEY, token) : localStorage.removeItem(TOKEN_KEY)),
};

/** The Authorization header for the token, or none. */
export function bearer() {
  const token = publishToken.get();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** POST api/publish; resolves to the new event's id, rejects with the hub's answer (e.g. "400 msg required"). */
export async function publish({ stream = 'events', type = 'message', data }) {
  const headers = { 'Content-Type': 'text/plain;charset=UTF-8', ...bearer() };
  const response = await fetch(hubUrl('api/publish', { stream, type }), { method: 'POST', headers, body: data });
  if (!response.ok) {
    const reason = (await response.text()).trim() || response.statusText;
    throw new Error(`${response.status} ${reason}`);
  }
  return response.headers.get('Event-Id');
}

/** The longest wait between two reconnect attempts, for every client on the pages. */
export const MAX_BACKOFF_MS = 10000;

/**
 * The one reconnect state machine of the pages' hub clients ({@link HubSource} here, the inspector's
 * frame reader): the status a person reads and the backoff between attempts.
 *
 * "connecting" until the first open, "open", "reconnecting" after a failure (or while the browser
 * retries by itself), "closed" after close(). After the n-th failure in a row the next attempt waits
 * base × 2^(n-1), at most MAX_BACKOFF_MS; an open resets the count.
 */
export class Reconnect {
  #failures = 0;
  #everOpened = false;
  #timer = 0;

  /** @param {(status: string) => void} onChange called on every change of status */
  constructor(onChange) {
    this.status = 'idle';
    this.onChange = onChange;
  }

  /** An attempt begins. */
  attempt() {
    this.#set(this.#everOpened || this.#failures ? 'reconnecting' : 'connecting');
  }

  /** The attempt got a stream. */
  opened() {
    this.#failures = 0;
    this.#everOpened = true;
    this.#set('open');
  }

  /** The connection dropped and something else (the browser) retries: only the status changes. */
  retrying() {
    this.#set('reconnecting');
  }

  /** The attempt failed: calls retry() after the backoff delay (base: the first delay, in ms). */
  failed(retry, base) {
    this.#failures += 1;
    this.#set('reconnecting');
    clearTimeout(this.#timer);
    this.#timer = setTimeout(retry, Math.min(base * 2 ** (this.#failures - 1), MAX_BACKOFF_MS));
  }

  /** Nothing more is attempted. */
  closed() {
    clearTimeout(this.#timer);
    this.#set('closed');
  }

  /** A scheduled attempt is dropped (a new one starts now). */
  cancel() {
    clearTimeout(this.#timer);
  }

  #set(status) {
    if (this.status === status) return;
    this.status = status;
    this.onChange(status);
  }
}

/**
 * One EventSource on the hub with a status a person can read and named-event routing.
 *
 * While the browser retries by itself (readyState CONNECTING) it sends Last-Event-ID. When it gives up
 * (readyState CLOSED: a 404 or 503 while the hub is being redeployed) this opens a new EventSource with
 * ?lastEventId=<last id seen>, with the {@link Reconnect} backoff, so the page resumes where it was
 * without a reload.
 */
export class HubSource {
  #source = null;
  #handlers = new Map();
  #statusListeners = [];
  #reconnect = new Reconnect(() => this.#notify());

  /** @param {URL|string} url the subscription URL, e.g. hubUrl('api/events', {stream: 'events', replay: 200}) */
  constructor(url, { keep = 2000 } = {}) {
    this.url = new URL(url, document.baseURI);
    this.lastEventId = this.url.searchParams.get('lastEventId') || '';
    /** The last `keep` events seen ({id, type, at}): for the console and the browser tests. */
    this.received = [];
    this.keep = keep;
  }

  /** "idle", "connecting", "open", "reconnecting" or "closed" (see {@link Reconnect}). */
  get status() {
    return this.#reconnect.status;
  }

  /** Routes events of one type ("message" is the default type) to fn(data, event). */
  on(type, fn) {
    if (!this.#handlers.has(type)) {
      this.#handlers.set(type, []);
      this.#source?.addEventListener(type, this.#dispatch);
    }
    this.#handlers.get(type).push(fn);
    return this;
  }

  /** Calls fn(status, source) now and on every change of status or last id. */
  onStatus(fn) {
    this.#statusListeners.push(fn);
    fn(this.status, this);
    return this;
  }

  open() {
    this.#reconnect.cancel();
    this.#connect(this.lastEventId ? this.#resumeUrl() : this.url);
    return this;
  }

  close() {
    this.#source?.close();
    this.#source = null;
    this.#reconnect.closed();
  }

  #connect(url) {
    this.#source?.close();
    this.#reconnect.attempt();
    const source = new EventSource(url);
    this.#source = source;
    for (const type of this.#handlers.keys()) source.addEventListener(type, this.#dispatch);
    source.onopen = () => this.#reconnect.opened();
    source.onerror = () => {
      if (source !== this.#source) return;
      if (source.readyState === EventSource.CONNECTING) {
        this.#reconnect.retrying(); // the browser retries after the hub's retry: interval
        return;
      }
      source.close();
      this.#reconnect.failed(() => this.#connect(this.#resumeUrl()), 1000); // 1, 2, 4, 8, 10, 10… s
    };
  }

  #resumeUrl() {
    const url = new URL(this.url);
    if (this.lastEventId) url.searchParams.set('lastEventId', this.lastEventId);
    return url;
  }

  #dispatch = (event) => {
    // hub-* control events carry no id of their own (MessageEvent.lastEventId is then the previous one).
    if (!event.type.startsWith('hub-') && event.lastEventId) {
      this.lastEventId = event.lastEventId;
      this.received.push({ id: event.lastEventId, type: event.type, at: Date.now() });
      if (this.received.length > this.keep) this.received.splice(0, this.received.length - this.keep);
    }
    for (const fn of this.#handlers.get(event.type) ?? []) {
      try {
        fn(event.data, event);
      } catch (error) {
        console.warn(`handler for "${event.type}" failed`, error);
      }
    }
    this.#notify();
  };

  #notify() {
    for (const fn of this.#statusListeners) fn(this.status, this);
  }
}

/** Keeps a badge element ("connecting" / "open" / "reconnecting" / "closed", plus the last id) in step. */
export function bindBadge(source, badge) {
  const state = badge.querySelector('.badge-state') ?? badge.appendChild(el('span', { class: 'badge-state' }));
  const id = badge.querySelector('.badge-id') ?? badge.appendChild(el('span', { class: 'badge-id' }));
  source.onStatus((status, src) => {
    badge.dataset.status = status;
    state.textContent = status;
    id.textContent = src.lastEventId ? `last id ${src.lastEventId}` : 'no event yet';
  });
}

/** Prepends a node to a list, dropping the oldest beyond max. */
export function prependCapped(list, node, max) {
  list.prepend(node);
  while (list.children.length > max) list.lastElementChild.remove();
}
