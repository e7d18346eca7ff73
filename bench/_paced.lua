-- wrk script: requests at a fixed rate per thread (wrk's delay() hook), from a list of paths, with headers.
-- args: <requests/s per thread> <threads> <file of "METHOD PATH" lines> [headers "Name: value"...]
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } timespec_t;
int clock_gettime(int clk_id, timespec_t *tp);
]]
local ts = ffi.new("timespec_t")
local function now_ms()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local started = 0
function setup(thread)
  thread:set("id", started)
  started = started + 1
end

local interval, due, lines, i, step, headers
function init(args)
  interval = 1000 / tonumber(args[1])
  step = tonumber(args[2])
  lines = {}
  for line in io.lines(args[3]) do table.insert(lines, line) end
  headers = {}
  for k = 4, #args do
    local name, value = args[k]:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  i = id  -- threads take interleaved lines, so a line (a one-time sign-in link) is used once
end

-- The next slot of this thread's schedule: slots are not moved when late, so a slow system is not let off.
function delay()
  local now = now_ms()
  due = (due or now) + interval
  return math.max(0, due - now)
end

function request()
  local line = lines[(i % #lines) + 1]
  i = i + step
  local method, path = line:match("^(%S+)%s+(%S+)$")
  return wrk.format(method, path, headers)
end

function done(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "errors": %d, "non2xx3xx": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
