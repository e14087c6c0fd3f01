-- Posts orders: each thread sends QUOTA/threads orders, then cheap GET /health requests until its answers are all in,
-- then stops; so exactly QUOTA orders are sent. DOOR=webhook posts the pre-signed Shopify deliveries of FILE (one a
-- line: webhook id, signature, body; a thread takes every THREADS-th line, so no two requests share one); DOOR=api
-- posts JSON orders to /api/v1/orders with KEY, ids "PREFIX-<thread>-<n>". CYCLE=1 reuses FILE's lines (for the bare
-- endpoint, which stores nothing). Env: DOOR, FILE, QUOTA, THREADS, KEY, PREFIX, PATH_, CYCLE.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  nthreads = tonumber(os.getenv("THREADS"))
  quota = math.floor(tonumber(os.getenv("QUOTA")) / nthreads)
  door = os.getenv("DOOR")
  path = os.getenv("PATH_")
  cycle = os.getenv("CYCLE") == "1"
  lines = {}
  if door == "webhook" then
    local i = 0
    for line in io.lines(os.getenv("FILE")) do
      if i % nthreads == tid - 1 then
        local id, signature, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
        table.insert(lines, { id = id, signature = signature, body = body })
      end
      i = i + 1
    end
    if not cycle and #lines < quota then error("FILE has too few deliveries for QUOTA") end
  else
    key = os.getenv("KEY")
    prefix = os.getenv("PREFIX") .. "-" .. tid .. "-"
  end
  sent, answered, ok, others = 0, 0, 0, 0
  statuses = ""
  -- wrk calls request() once on its first thread before the run to verify it; that request is never sent.
  verifying = (tid == 1)
end

function request()
  if verifying then
    verifying = false
    return wrk.format("GET", "/health")
  end
  if sent >= quota then
    return wrk.format("GET", "/health")
  end
  sent = sent + 1
  if door == "webhook" then
    local d = lines[((sent - 1) % #lines) + 1]
    return wrk.format("POST", path, {
      ["Content-Type"] = "application/json", ["X-Shopify-Topic"] = "orders/create",
      ["X-Shopify-Hmac-Sha256"] = d.signature, ["X-Shopify-Webhook-Id"] = d.id }, d.body)
  end
  local id = prefix .. sent
  local code = (sent % 2 == 0) and '"MILA10"' or ''
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key },
    '{"order_id":"' .. id .. '","customer_id":"c' .. (sent % 5000) .. '","at":"2026-03-10T12:00:00Z","total":"49.90","currency":"EUR","discount_codes":[' .. code .. ']}')
end

function response(status, headers, body)
  -- Health checks only fill the connections once this thread's orders are all sent.
  if status == 200 and (body == "Healthy" or body == "") then return end
  answered = answered + 1
  if status >= 200 and status < 300 then ok = ok + 1
  else
    others = others + 1
    if #statuses < 300 then statuses = statuses .. status .. ":" .. string.sub(body or "", 1, 160) .. "\n" end
  end
  if answered == quota then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local k, o = 0, 0
  for _, t in ipairs(threads) do
    k = k + t:get("ok"); o = o + t:get("others")
    io.write(t:get("statuses"))
  end
  io.write(string.format("ok=%d others=%d seconds=%.3f\n", k, o, summary.duration / 1e6))
  io.write(string.format("rate=%.0f\n", k / (summary.duration / 1e6)))
  io.write(string.format("latency_p50_ms=%.2f latency_p99_ms=%.2f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
