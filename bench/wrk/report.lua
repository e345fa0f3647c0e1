-- Shared by the load scripts: one parseable line with throughput, latency percentiles (ms) and
-- every kind of error, read by bench/endpoints.sh.
function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
      summary.requests, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end

-- Lines of a file written by bench/endpoints.sh (BENCH_INPUTS names it).
function read_lines(path)
   local lines = {}
   for line in io.lines(path) do
      if line ~= "" then lines[#lines + 1] = line end
   end
   assert(#lines > 0, "no input lines in " .. path)
   return lines
end

-- Each thread starts at its own place in the inputs, so that threads do not ask the same thing at once.
counter = 0
function setup(thread)
   counter = counter + 1
   thread:set("offset", counter * 997)
end
