-- GET BENCH_PREFIX .. each line of BENCH_INPUTS in turn (percent-encoded where needed), with an
-- optional Cookie (BENCH_COOKIE) or bearer token (BENCH_TOKEN). With BENCH_CLIENTS=n each request
-- comes, through X-Forwarded-For (which the production profile believes from loopback), from the
-- next of n client addresses: public checks come from many people, each with their own rate limit.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local inputs, i, headers, prefix

local function encode(s)
   -- Keeps the query's = and &; encodes every other byte outside unreserved ASCII (UTF-8 by byte).
   return (s:gsub("[^%w%-%._~=&/]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
   inputs = {}
   for _, line in ipairs(read_lines(os.getenv("BENCH_INPUTS"))) do inputs[#inputs + 1] = encode(line) end
   i = offset or 0
   prefix = os.getenv("BENCH_PREFIX") or ""
   headers = { ["Accept"] = os.getenv("BENCH_ACCEPT") or "*/*" }
   if os.getenv("BENCH_COOKIE") then headers["Cookie"] = os.getenv("BENCH_COOKIE") end
   if os.getenv("BENCH_TOKEN") then headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") end
end

local clients = tonumber(os.getenv("BENCH_CLIENTS") or "0")

function request()
   i = i + 1
   if clients > 0 then
      local n = i % clients
      headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
   end
   return wrk.format("GET", prefix .. inputs[i % #inputs + 1], headers)
end
