-- verify.lua at a given rate with random gaps: each connection waits an exponentially distributed
-- time (mean BENCH_MEAN_GAP_MS) after each answer before its next request, so that requests arrive
-- at random moments rather than in step (hey's pacing sends every connection's request on the
-- same tick). wrk's delay() has millisecond resolution.
dofile(os.getenv("BENCH_LUA") .. "/verify.lua")

local mean_gap = tonumber(os.getenv("BENCH_MEAN_GAP_MS"))
local verify_init = init

function init(args)
   verify_init(args)
   math.randomseed(os.time() + (offset or 0))
end

function delay()
   return math.floor(-math.log(1 - math.random()) * mean_gap + 0.5)
end
