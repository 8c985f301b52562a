-- Shared by the stream scripts. KEYS[1] = the stream's meta hash, KEYS[2] = its log (a Redis Stream whose
-- entry ids are "<event id>-0", fields t = type, d = data).
-- ARGV[1..5] = max events, max age (microseconds), max bytes, meta TTL (ms), era margin (microseconds).
-- Lua numbers are doubles: exact for integers below 2^53 (ids are ~1.8e15), but tostring() would print them
-- in exponent form, so every number leaves through s().
local meta, log = KEYS[1], KEYS[2]
local max_events, max_age, max_bytes = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local meta_ttl, margin = tonumber(ARGV[4]), tonumber(ARGV[5])

local function s(n) return string.format('%.0f', n) end

local function now_us()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000000 + tonumber(t[2])
end

local function entry_id(e) return tonumber(string.match(e[1], '^(%d+)')) end

-- Loads the stream's state; nil when Redis has none and create is false. A new era starts when Redis has no
-- state (a new stream, FLUSHALL, a restart without data, expiry) or when another Redis process wrote it last
-- (a restart, a failover): the writes after what survived may have been acknowledged and lost, so every id
-- below the era's first id is unprovable (floor), and the era's ids start past Redis TIME + margin, above
-- any id the lost writes can have had.
local function load(now, create)
  local run = string.match(redis.call('INFO', 'server'), 'run_id:(%w+)')
  local m = redis.call('HMGET', meta, 'last', 'floor', 'epoch', 'run', 'bytes')
  local st = { last = tonumber(m[1]), floor = tonumber(m[2]), epoch = tonumber(m[3]), run = run,
               bytes = tonumber(m[5]) or 0, changed = false }
  if not st.last then
    if not create then return nil end
    redis.call('DEL', log)
    st.epoch = now + margin
    st.floor, st.last, st.bytes, st.changed = st.epoch - 1, st.epoch - 1, 0, true
  elseif m[4] ~= run then
    st.epoch = math.max(st.last + 1, now + margin)
    st.floor, st.last, st.changed = st.epoch - 1, st.epoch - 1, true
  end
  if redis.call('EXISTS', log) == 0 and (st.bytes ~= 0 or st.floor < st.last) then
    -- the log expired: everything up to the last id is gone
    st.bytes, st.floor, st.changed = 0, st.last, true
  end
  return st
end

-- Lets the oldest events go while the log is over its count or byte bound or they are older than the age bound.
local function trim(st, now)
  local len = redis.call('XLEN', log)
  local cutoff = now - max_age
  local start, dropped, done = '-', nil, false
  while not done and len > 0 do
    local batch = redis.call('XRANGE', log, start, '+', 'COUNT', 64)
    if #batch == 0 then break end
    for _, e in ipairs(batch) do
      local id = entry_id(e)
      if len > max_events or st.bytes > max_bytes or id < cutoff then
        len = len - 1
        st.bytes = st.bytes - #e[2][2] - #e[2][4]
        st.floor = math.max(st.floor, id)
        dropped = id
      else
        done = true
        break
      end
    end
    start = '(' .. batch[#batch][1]
  end
  if dropped then
    redis.call('XTRIM', log, 'MINID', s(dropped) .. '-1')
    st.changed = true
  end
  if len == 0 then st.bytes = 0 end
end

-- Both keys expire: the log once its newest event is past the age bound, the state no sooner (it must outlive
-- the log, or a reader could not tell an expired log from a lost one).
local function save(st)
  redis.call('HSET', meta, 'last', s(st.last), 'floor', s(st.floor), 'epoch', s(st.epoch), 'run', st.run,
             'bytes', s(st.bytes))
  local log_ttl = math.floor((max_age + margin) / 1000) + 1000
  redis.call('PEXPIRE', meta, math.max(meta_ttl, log_ttl))
  redis.call('PEXPIRE', log, log_ttl)
end
