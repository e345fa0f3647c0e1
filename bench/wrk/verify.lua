-- POST /api/v1/partner/verifications, one known member and share code after another
-- (BENCH_INPUTS: "membershipNumber,shareCode" lines), each request as the next of the firms
-- whose tokens BENCH_TOKENS lists (one per line): many firms verify at once, as in production,
-- each counted against its own rate limit.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local inputs, tokens, i
function init(args)
   inputs = read_lines(os.getenv("BENCH_INPUTS"))
   tokens = read_lines(os.getenv("BENCH_TOKENS"))
   i = offset or 0
end

function request()
   i = i + 1
   local number, code = inputs[i % #inputs + 1]:match("([^,]+),([^,]+)")
   return wrk.format("POST", "/api/v1/partner/verifications", {
      ["Authorization"] = "Bearer " .. tokens[i % #tokens + 1],
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/json",
   }, string.format('{"membershipNumber":"%s","shareCode":"%s"}', number, code))
end
