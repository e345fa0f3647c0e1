-- POST /api/v1/partner/verifications, one known member and share code after another
-- (BENCH_INPUTS: "membershipNumber,shareCode" lines), with the firm's token (BENCH_TOKEN).
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local inputs, i, token
function init(args)
   inputs = read_lines(os.getenv("BENCH_INPUTS"))
   i = offset or 0
   token = os.getenv("BENCH_TOKEN")
end

function request()
   i = i + 1
   local number, code = inputs[i % #inputs + 1]:match("([^,]+),([^,]+)")
   return wrk.format("POST", "/api/v1/partner/verifications", {
      ["Authorization"] = "Bearer " .. token,
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/json",
   }, string.format('{"membershipNumber":"%s","shareCode":"%s"}', number, code))
end
