-- Each wrk thread submits its own slice of the draft reports listed in IDS, one POST each:
-- POST /api/v1/reports/{id}/submit?version=0 with the browser's session cookie and CSRF token.
local ids = {}
local first = tonumber(os.getenv("FIRST") or "0")
local count = tonumber(os.getenv("COUNT") or "0")
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  local n = 0
  for line in io.lines(os.getenv("IDS")) do
    n = n + 1
    if n > first and n <= first + count then
      table.insert(ids, line)
    end
  end
  wrk.headers["Cookie"] = "SESSION=" .. os.getenv("SESSION")
  wrk.headers["X-CSRF-TOKEN"] = os.getenv("TOKEN")
  wrk.method = "POST"
  step = tonumber(os.getenv("THREADS") or "1")
  next_index = id
  failures = 0
end

function request()
  local i = next_index
  next_index = next_index + step
  if i > #ids then
    i = ((i - 1) % #ids) + 1
  end
  return wrk.format(nil, "/api/v1/reports/" .. ids[i] .. "/submit?version=0")
end

function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do
    failed = failed + (t:get("failures") or 0)
  end
  io.write(string.format("non-200 responses: %d\n", failed))
  for _, p in ipairs({50, 90, 99}) do
    io.write(string.format("p%d: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
