/**
 * The token bucket of token-bucket.ts as one Redis script, so that check and take are atomic
 * across every API process. The caller's clock is passed in (ARGV[4]) and the stored time never
 * moves backwards, so processes with slightly different clocks cannot mint tokens.
 * KEYS[1] bucket; ARGV: rate per second, burst, cost, now in ms, extra. Returns {allowed, tokens, granted}.
 * Beyond takeTokens: a call that passed also takes up to `extra` more whole tokens, as many as the
 * bucket holds (`granted`), for the caller's lease (credit-rate-limiter.ts); extra 0 takes none.
 */
export const TOKEN_BUCKET_LUA = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local now = tonumber(ARGV[4])
local extra = tonumber(ARGV[5]) or 0
local state = redis.call('HMGET', KEYS[1], 't', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then
  tokens = burst
  ts = now
end
local elapsed = now - ts
if elapsed < 0 then elapsed = 0 end
tokens = math.min(burst, tokens + elapsed * rate / 1000)
local needed = math.min(cost, burst)
local allowed = 0
local granted = 0
if tokens >= needed then
  tokens = tokens - cost
  allowed = 1
  if extra > 0 and tokens >= 1 then
    granted = math.min(extra, math.floor(tokens))
    tokens = tokens - granted
  end
end
if now > ts then ts = now end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'ts', tostring(ts))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / rate * 1000) + 60000)
return {allowed, tostring(tokens), granted}
`;
