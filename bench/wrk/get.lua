-- GET BENCH_PREFIX .. each line of BENCH_INPUTS in turn (percent-encoded where needed), with an
-- optional Cookie (BENCH_COOKIE) or bearer token (BENCH_TOKEN).
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

function request()
   i = i + 1
   return wrk.format("GET", prefix .. inputs[i % #inputs + 1], headers)
end
