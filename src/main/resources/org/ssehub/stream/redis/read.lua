-- Reads a stream: ARGV[6] = 'after' (ARGV[7] = an id, ARGV[8] = at most this many events) or 'last'
-- (ARGV[7] = a count). Applies the age bound first. Returns
-- { last, floor, epoch, retained count, retained bytes, reset reason or '', oldest retained id or '',
--   then id, type, data of each event, oldest first }; last = '' when Redis has nothing of the stream.
local mode, arg, limit = ARGV[6], tonumber(ARGV[7]), tonumber(ARGV[8])
local now = now_us()
local st = load(now, false)
if not st then
  local reason = ''
  -- ids run up to the era margin ahead of TIME: below that, this id may have been issued and lost
  if mode == 'after' then reason = (arg >= now + margin) and 'unknown' or 'expired' end
  return { '', '', '', '0', '0', reason, '' }
end
trim(st, now)
if st.changed then save(st) end
local oldest = ''
local first = redis.call('XRANGE', log, '-', '+', 'COUNT', 1)
if #first > 0 then oldest = s(entry_id(first[1])) end
local reason, entries = '', {}
if mode == 'after' then
  if arg > st.last then
    reason = 'unknown'
  else
    if arg < st.floor then reason = 'expired' end
    entries = redis.call('XRANGE', log, '(' .. s(arg) .. '-0', '+', 'COUNT', limit)
  end
elseif arg > 0 then
  local newest = redis.call('XREVRANGE', log, '+', '-', 'COUNT', arg)
  for i = #newest, 1, -1 do table.insert(entries, newest[i]) end
end
local out = { s(st.last), s(st.floor), s(st.epoch), s(redis.call('XLEN', log)), s(st.bytes), reason, oldest }
for _, e in ipairs(entries) do
  table.insert(out, s(entry_id(e)))
  table.insert(out, e[2][2])
  table.insert(out, e[2][4])
end
return out
