// News (seed 000, system 2): every {"title": ...} on the "news" stream becomes a heading, newest first.
import { HubSource, bindBadge, el, hubUrl, parseJson, idToDate, formatTime, publish, prependCapped } from './hub.js';

const MAX_HEADLINES = 100;
const list = document.getElementById('headlines');
const summary = document.getElementById('summary');
let count = 0;
// Ids up to this one were published before the page opened: they come from the hub's replay.
let lastRetainedId = 0n;

function onHeadline(data, event) {
  const news = parseJson(data);
  const title = typeof news?.title === 'string' ? news.title : data;
  const when = idToDate(event.lastEventId) ?? new Date();
  const live = !/^\d+$/.test(event.lastEventId) || BigInt(event.lastEventId) > lastRetainedId;
  prependCapped(list, el('article', { class: live ? 'headline live' : 'headline', dataset: { id: event.lastEventId } },
    el('h2', {}, title),
    el('div', { class: 'sub' },
      el('time', { datetime: when.toISOString() }, formatTime(when)),
      el('span', { class: 'tag' }, live ? 'live' : 'retained'))), MAX_HEADLINES);
  count += 1;
  summary.textContent = `${count} headline${count === 1 ? '' : 's'} received${count > MAX_HEADLINES ? ` (showing the newest ${MAX_HEADLINES})` : ''}.`;
}

const source = new HubSource(hubUrl('api/news', { replay: MAX_HEADLINES }))
  .on('message', onHeadline)
  .on('hub-reset', () => { summary.textContent = 'The hub restarted: showing what it retains now.'; });
bindBadge(source, document.getElementById('badge'));
window.hubSource = source;

async function start() {
  try {
    const response = await fetch(hubUrl('api/streams/news'), { cache: 'no-store' });
    const lastId = response.ok ? (await response.json()).lastId : null; // 404: nothing published yet
    if (/^\d+$/.test(lastId ?? '')) lastRetainedId = BigInt(lastId);
  } catch {
    // without it every headline is marked live; the page works the same
  }
  source.open();
}
start();

const form = document.getElementById('publish-form');
const input = document.getElementById('headline-title');
const result = document.getElementById('publish-result');
form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const title = input.value.trim();
  if (!title) return;
  result.className = 'form-result';
  result.textContent = 'publishing…';
  try {
    const id = await publish({ stream: 'news', type: 'message', data: JSON.stringify({ title }) });
    result.className = 'form-result ok';
    result.textContent = `published as id ${id ?? '(no id returned)'}`;
    input.value = '';
  } catch (error) {
    result.className = 'form-result error';
    result.textContent = `not published: ${error.message}`;
  }
});
