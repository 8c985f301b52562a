// status.html: the node's figures, polled from its own endpoints. /api/metrics is Prometheus text: only
// the hub's own sse_hub_* samples are read here, as name{labels} value lines.
import { el, svg, hubUrl } from './hub.js';

const POLL_MS = 2000;
const HISTORY = 150; // five minutes of two-second points
const rates = [];
let previous = null;

/** The samples of a Prometheus text page: [{name, labels, value}], comments and blank lines skipped. */
export function parseMetrics(text) {
  const samples = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m || line.startsWith('#')) continue;
    const labels = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

function sum(samples, name, labels = {}) {
  return samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((total, s) => total + s.value, 0);
}

function byLabel(samples, name, label) {
  return samples.filter((s) => s.name === name && s.value > 0).map((s) => `${s.labels[label].replace(/_/g, ' ')} ${s.value}`).join(' · ');
}

function show(id, text) {
  document.getElementById(id).textContent = text;
}

function drawRates(chart) {
  const [w, h, pad] = [600, 160, 16];
  const max = Math.max(1, ...rates.map((r) => Math.max(r.in, r.out)));
  const x = (i) => pad + (i * (w - 2 * pad)) / (HISTORY - 1);
  const y = (v) => h - pad - (v * (h - 2 * pad)) / max;
  const line = (key) => rates.map((r, i) => `${x(HISTORY - rates.length + i).toFixed(1)},${y(r[key]).toFixed(1)}`).join(' ');
  const top = svg('text', { class: 'axis-label', x: w - pad, y: pad - 4, 'text-anchor': 'end' });
  top.textContent = `${max.toFixed(1)}/s`;
  chart.replaceChildren(
    svg('line', { class: 'grid-line', x1: pad, x2: w - pad, y1: pad, y2: pad }),
    svg('line', { class: 'grid-line', x1: pad, x2: w - pad, y1: h - pad, y2: h - pad }),
    svg('polyline', { class: 'series', points: line('in'), 'data-series': 'in' }),
    svg('polyline', { class: 'series out', points: line('out'), 'data-series': 'out' }),
    top,
  );
}

async function pollMetrics() {
  const answer = await fetch(hubUrl('api/metrics'), { cache: 'no-store' });
  if (!answer.ok) throw new Error(`metrics answered ${answer.status}: ${(await answer.text()).trim()}`);
  const samples = parseMetrics(await answer.text());
  const now = performance.now();
  const published = sum(samples, 'sse_hub_events_published_total', { outcome: 'accepted' });
  const delivered = sum(samples, 'sse_hub_events_delivered_total');
  if (previous) {
    const seconds = (now - previous.at) / 1000;
    rates.push({ in: (published - previous.published) / seconds, out: (delivered - previous.delivered) / seconds });
    if (rates.length > HISTORY) rates.shift();
    const last = rates[rates.length - 1];
    show('rate-in', last.in.toFixed(1));
    show('rate-out', last.out.toFixed(1));
    drawRates(document.getElementById('rate-chart'));
  }
  previous = { at: now, published, delivered };
  show('connections', String(sum(samples, 'sse_hub_connections_open')));
  show('connections-detail', `${sum(samples, 'sse_hub_subscriptions_open')} subscriptions · ${sum(samples, 'sse_hub_streams_held')} streams · limit ${sum(samples, 'sse_hub_connections_limit')}`);
  show('totals', `${published} published · ${delivered} delivered · ${sum(samples, 'sse_hub_events_published_total', { outcome: 'rejected' })} refused`);
  show('cutoffs', String(sum(samples, 'sse_hub_cutoffs_total')));
  show('cutoffs-detail', byLabel(samples, 'sse_hub_cutoffs_total', 'reason') || 'none');
  show('resumes', String(sum(samples, 'sse_hub_resumes_total')));
  show('resumes-detail', byLabel(samples, 'sse_hub_resumes_total', 'result') || 'none');
}

async function pollHealth() {
  const badge = document.getElementById('health');
  const answer = await fetch(hubUrl('api/health/ready'), { cache: 'no-store' });
  const report = await answer.json();
  const down = report.checks.filter((c) => c.status !== 'UP').map((c) => c.name);
  badge.dataset.status = report.status === 'UP' ? 'open' : 'closed';
  badge.querySelector('.badge-state').textContent = report.status === 'UP' ? 'ready' : 'not ready';
  badge.querySelector('.badge-id').textContent = down.length ? down.join(', ') : '';
}

async function pollStreams() {
  const answer = await fetch(hubUrl('api/streams'), { cache: 'no-store' });
  const streams = await answer.json();
  streams.sort((a, b) => b.subscribers - a.subscribers || b.retained - a.retained);
  document.getElementById('busiest').replaceChildren(...streams.slice(0, 8).map((s) =>
    el('tr', { dataset: { stream: s.name } }, el('td', {}, el('code', {}, s.name)), el('td', {}, s.subscribers),
      el('td', {}, s.retained), el('td', { class: 'mono' }, s.lastId ?? '–'))));
}

async function poll() {
  const failed = (await Promise.allSettled([pollMetrics(), pollHealth(), pollStreams()]))
    .filter((r) => r.status === 'rejected').map((r) => r.reason.message);
  const error = document.getElementById('status-error');
  error.hidden = failed.length === 0;
  error.textContent = failed.join('; ');
  document.body.dataset.polls = String(Number(document.body.dataset.polls ?? 0) + 1);
  setTimeout(poll, POLL_MS);
}

poll();
