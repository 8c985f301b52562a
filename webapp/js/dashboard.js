// The multi-event dashboard (seed 004): one EventSource on the "events" stream, one panel per type.
import { HubSource, bindBadge, el, svg, hubUrl, parseJson, idToDate, formatTime, publish, prependCapped } from './hub.js';

const panel = (type) => document.querySelector(`[data-panel="${type}"]`);
const part = (type, role) => panel(type).querySelector(`[data-role="${role}"]`);

/** Marks a panel as showing real data and stamps it with the event's time and id. */
function touch(type, event) {
  const p = panel(type);
  p.dataset.filled = 'true';
  const when = idToDate(event.lastEventId) ?? new Date();
  const meta = part(type, 'meta');
  meta.textContent = formatTime(when);
  meta.title = `id ${event.lastEventId}`;
}

function setValue(type, text) {
  part(type, 'value').textContent = text;
}

// tick: RFC 3339 server time, shown as a clock in local time.
function onTick(data, event) {
  const time = new Date(data.trim());
  if (Number.isNaN(time.getTime())) {
    setValue('tick', data);
  } else {
    setValue('tick', formatTime(time));
    part('tick', 'detail').textContent = data.trim();
  }
  touch('tick', event);
}

// stock: {"symbol":"ACME","price":123.45}, with a line chart of the recent prices.
const prices = [];
const MAX_PRICES = 40;
function onStock(data, event) {
  const quote = parseJson(data);
  const price = Number(quote?.price);
  if (!Number.isFinite(price)) {
    setValue('stock', data);
    touch('stock', event);
    return;
  }
  const previous = prices.at(-1);
  prices.push(price);
  if (prices.length > MAX_PRICES) prices.shift();
  setValue('stock', price.toFixed(2));
  const detail = part('stock', 'detail');
  const change = previous === undefined ? 0 : price - previous;
  detail.textContent = `${quote.symbol ?? ''} ${change > 0 ? '▲' : change < 0 ? '▼' : '•'} ${Math.abs(change).toFixed(2)}`;
  detail.className = `sub ${change > 0 ? 'up' : change < 0 ? 'down' : ''}`;
  drawLineChart(part('stock', 'chart'), prices);
  touch('stock', event);
}

function drawLineChart(chart, values) {
  const [w, h, pad] = [300, 110, 14];
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (max - min < 0.01) { min -= 0.5; max += 0.5; }
  const x = (i) => pad + (values.length === 1 ? (w - 2 * pad) : (i * (w - 2 * pad)) / (values.length - 1));
  const y = (v) => h - pad - ((v - min) * (h - 2 * pad)) / (max - min);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  chart.replaceChildren(
    svg('line', { class: 'grid-line', x1: pad, x2: w - pad, y1: pad, y2: pad }),
    svg('line', { class: 'grid-line', x1: pad, x2: w - pad, y1: h - pad, y2: h - pad }),
    svg('polygon', { class: 'area', points: `${x(0)},${h - pad} ${points.join(' ')} ${x(values.length - 1)},${h - pad}` }),
    svg('polyline', { class: 'series', points: points.join(' ') }),
    label(w - pad, pad - 3, max.toFixed(2), 'end'),
    label(w - pad, h - 3, min.toFixed(2), 'end'),
  );
}

function label(x, y, text, anchor = 'start') {
  const t = svg('text', { class: 'axis-label', x, y, 'text-anchor': anchor });
  t.textContent = text;
  return t;
}

// score: {"home":h,"away":a}, as a scoreboard.
function onScore(data, event) {
  const score = parseJson(data);
  if (!score || typeof score !== 'object') {
    setValue('score', data);
  } else {
    const changed = [];
    for (const side of ['home', 'away']) {
      const node = part('score', side);
      const text = String(score[side] ?? '–');
      if (node.textContent !== text) {
        if (node.textContent !== '–') changed.push(side);
        node.textContent = text;
        node.classList.remove('flash');
        void node.offsetWidth; // restart the animation
        node.classList.add('flash');
      }
    }
    setValue('score', changed.length ? `${changed.join(' and ')} scored` : `${score.home ?? '–'} : ${score.away ?? '–'}`);
  }
  touch('score', event);
}

// location: {"lat":..,"lng":..}, the current position and its trail on a small plot.
const trail = [];
const MAX_TRAIL = 60;
function onLocation(data, event) {
  const pos = parseJson(data);
  const lat = Number(pos?.lat);
  const lng = Number(pos?.lng);
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) {
    setValue('location', data);
    touch('location', event);
    return;
  }
  trail.push({ lat, lng });
  if (trail.length > MAX_TRAIL) trail.shift();
  setValue('location', `${lat.toFixed(5)}, ${lng.toFixed(5)}`);
  drawTrail(part('location', 'chart'), trail);
  touch('location', event);
}

function drawTrail(chart, points) {
  const [w, h, pad] = [300, 160, 16];
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  // Same scale on both axes, at least ~0.001° wide, centred on the trail.
  const span = Math.max(Math.max(...lats) - Math.min(...lats), Math.max(...lngs) - Math.min(...lngs), 0.001) * 1.2;
  const midLat = (Math.max(...lats) + Math.min(...lats)) / 2;
  const midLng = (Math.max(...lngs) + Math.min(...lngs)) / 2;
  const scale = Math.min(w - 2 * pad, h - 2 * pad) / span;
  const x = (p) => (w / 2 + (p.lng - midLng) * scale).toFixed(1);
  const y = (p) => (h / 2 - (p.lat - midLat) * scale).toFixed(1);
  const here = points.at(-1);
  chart.replaceChildren(
    svg('line', { class: 'grid-line', x1: w / 2, x2: w / 2, y1: 0, y2: h }),
    svg('line', { class: 'grid-line', x1: 0, x2: w, y1: h / 2, y2: h / 2 }),
    svg('polyline', { class: 'trail', points: points.map((p) => `${x(p)},${y(p)}`).join(' ') }),
    ...points.slice(0, -1).map((p) => svg('circle', { class: 'trail-point', cx: x(p), cy: y(p), r: 2 })),
    svg('circle', { class: 'here', cx: x(here), cy: y(here), r: 6 }),
    label(4, h - 4, `${points.length} fix${points.length === 1 ? '' : 'es'}`),
    label(w - 4, 12, `span ${span.toFixed(4)}°`, 'end'),
  );
}

// progress: {"percent":N}, a bar with N%.
function onProgress(data, event) {
  const parsed = parseJson(data);
  const percent = Number(typeof parsed === 'object' && parsed !== null ? parsed.percent : parsed ?? data);
  if (!Number.isFinite(percent)) {
    setValue('progress', data);
  } else {
    const clamped = Math.max(0, Math.min(100, percent));
    setValue('progress', `${Math.round(percent)}%`);
    const bar = part('progress', 'bar');
    bar.setAttribute('aria-valuenow', String(clamped));
    bar.firstElementChild.style.width = `${clamped}%`;
  }
  touch('progress', event);
}

// system: a log of text lines; the hub's own control events are logged here too.
function logLine(text, when, notice = false) {
  prependCapped(part('system', 'list'), el('li', { class: notice ? 'notice' : null }, el('time', {}, formatTime(when)), text), 50);
  part('system', 'value').hidden = true;
}

function onSystem(data, event) {
  logLine(data, idToDate(event.lastEventId) ?? new Date());
  touch('system', event);
}

function onReset(data) {
  const reset = parseJson(data) ?? {};
  logLine(`hub-reset (${reset.reason ?? 'unknown'}): history resumed from ${reset.oldestId ?? 'live'}`, new Date(), true);
}

// message: a feed of recent messages.
function onMessage(data, event) {
  const when = idToDate(event.lastEventId) ?? new Date();
  prependCapped(part('message', 'list'),
    el('li', { dataset: { id: event.lastEventId } }, el('time', { datetime: when.toISOString() }, formatTime(when)), data), 30);
  part('message', 'value').hidden = true;
  touch('message', event);
}

// userupdate: {"username":..,"status":..}, a user list with status.
const users = new Map();
function onUserUpdate(data, event) {
  const update = parseJson(data);
  const name = update?.username ?? update?.user ?? update?.name;
  if (!name) {
    users.set(data, '?');
  } else {
    users.set(String(name), String(update.status ?? 'unknown'));
  }
  const list = part('userupdate', 'list');
  list.replaceChildren(...[...users].sort(([a], [b]) => a.localeCompare(b)).map(([user, status]) =>
    el('li', {}, el('span', {}, user), el('span', { class: 'status-pill', dataset: { status } }, status))));
  part('userupdate', 'value').hidden = true;
  touch('userupdate', event);
}

// The publish form: any type, text or JSON.
const EXAMPLES = {
  message: 'Hello from the dashboard',
  userupdate: '{"username":"john_doe","status":"online"}',
  system: 'deploy finished',
  tick: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  stock: '{"symbol":"ACME","price":125.1}',
  score: '{"home":3,"away":2}',
  location: '{"lat":31.2310,"lng":121.4745}',
  progress: '{"percent":50}',
};

function setUpPublishForm() {
  const form = document.getElementById('publish-form');
  const type = document.getElementById('publish-type');
  const data = document.getElementById('publish-data');
  const result = document.getElementById('publish-result');
  type.addEventListener('change', () => { data.value = EXAMPLES[type.value] ?? ''; });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    result.className = 'form-result';
    result.textContent = 'publishing…';
    try {
      const id = await publish({ stream: 'events', type: type.value, data: data.value });
      result.className = 'form-result ok';
      result.textContent = `published ${type.value} as id ${id ?? '(no id returned)'}`;
    } catch (error) {
      result.className = 'form-result error';
      result.textContent = `not published: ${error.message}`;
    }
  });
}

// Replay the recent history so every panel has a value on load, then live.
const source = new HubSource(hubUrl('api/events', { stream: 'events', replay: 200 }))
  .on('message', onMessage)
  .on('tick', onTick)
  .on('stock', onStock)
  .on('score', onScore)
  .on('location', onLocation)
  .on('progress', onProgress)
  .on('system', onSystem)
  .on('userupdate', onUserUpdate)
  .on('hub-reset', onReset);
bindBadge(source, document.getElementById('badge'));
setUpPublishForm();
source.open();
window.hubSource = source; // for poking at it from the console (and for the browser tests)
