-- Publishes one event: ARGV[6] = type, ARGV[7] = data, ARGV[8] = the live channel.
-- Assigns the next id (Redis TIME in microseconds, at least the last id + 1), appends it to the log, trims,
-- saves the state with expiries, and announces "id \n previous id \n epoch \n type \n data" on the channel.
-- Returns { id, previous id, epoch }.
local typ, data, channel = ARGV[6], ARGV[7], ARGV[8]
local now = now_us()
local st = load(now, true)
local prev = st.last
local id = math.max(st.last + 1, now)
redis.call('XADD', log, s(id) .. '-0', 't', typ, 'd', data)
st.last = id
st.bytes = st.bytes + #typ + #data
trim(st, now)
save(st)
redis.call('PUBLISH', channel, s(id) .. '\n' .. s(prev) .. '\n' .. s(st.epoch) .. '\n' .. typ .. '\n' .. data)
return { s(id), s(prev), s(st.epoch) }
