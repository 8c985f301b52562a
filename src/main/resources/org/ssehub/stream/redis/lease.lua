-- A lease one node holds: KEYS[1] = the lease, ARGV[1] = 'hold' or 'release', ARGV[2] = the holder,
-- ARGV[3] = time to live (ms). 'hold' takes a free lease (SET NX PX) or renews one this holder has;
-- 'release' gives up one it has. Returns { '1' } when the holder has it afterwards, else { '0', current holder or '' }.
local key, op, holder, ttl = KEYS[1], ARGV[1], ARGV[2], tonumber(ARGV[3])
local current = redis.call('GET', key)
if op == 'release' then
  if current == holder then redis.call('DEL', key) end
  return { '0', '' }
end
if current == holder then
  redis.call('PEXPIRE', key, ttl)
  return { '1' }
end
if redis.call('SET', key, holder, 'NX', 'PX', ttl) then
  return { '1' }
end
return { '0', current or '' }
