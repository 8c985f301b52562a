-- Subscriber counts per node for one stream: KEYS[1] = hash node -> count, KEYS[2] = sorted set node -> expiry
-- (ms since the epoch, Redis TIME). ARGV[1] = 'report' or 'total', ARGV[2] = this node, ARGV[3] = its count,
-- ARGV[4] = how long a report counts (ms). A node's count goes away when it stops reporting; both keys expire
-- when no node reports. Returns { total over the nodes whose reports have not expired }.
local counts, seen = KEYS[1], KEYS[2]
local op, node, count, ttl = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for _, gone in ipairs(redis.call('ZRANGEBYSCORE', seen, '-inf', now)) do
  redis.call('HDEL', counts, gone)
  redis.call('ZREM', seen, gone)
end
if op == 'report' then
  if count > 0 then
    redis.call('HSET', counts, node, count)
    redis.call('ZADD', seen, now + ttl, node)
    redis.call('PEXPIRE', counts, ttl)
    redis.call('PEXPIRE', seen, ttl)
  else
    redis.call('HDEL', counts, node)
    redis.call('ZREM', seen, node)
  end
end
local total = 0
for _, v in ipairs(redis.call('HVALS', counts)) do total = total + tonumber(v) end
return { string.format('%.0f', total) }
