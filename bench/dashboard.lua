-- wrk script of the dashboard benchmark (DashboardHttpBench passes the session cookie with -H).
-- Prints the percentiles the acceptance line names and the count of non-2xx/3xx answers.
done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-200 %d\n", summary.requests, summary.errors.status))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.2f ms\n", p, latency:percentile(p) / 1000.0))
  end
end
