-- Posts survey responses: each thread sends QUOTA/threads responses, then cheap GET /health requests until its
-- answers are all in, then stops; so exactly QUOTA responses are sent however wrk spreads its connections.
-- QUOTA=0: no quota, every request a response for wrk's whole duration (the rate runs, against clout and the bare
-- endpoint alike). Respondent ids are unique ("t<thread>-<n>") or, with POOL > 0, repeat over POOL ids to provoke 409s.
-- Env: SURVEY (public id), VERSION, OPTION (an option id of heard_from), QUOTA, THREADS, POOL.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  quota = math.floor(tonumber(os.getenv("QUOTA")) / tonumber(os.getenv("THREADS")))
  pool = tonumber(os.getenv("POOL") or "0")
  path = "/api/v1/public/surveys/" .. os.getenv("SURVEY") .. "/responses"
  prefix = '{"version":' .. os.getenv("VERSION") .. ',"respondent_id":"'
  suffix = '","answers":{"heard_from":{"option":"' .. os.getenv("OPTION") .. '"},"nps":{"value":9}}}'
  sent, answered, created, conflicts, others = 0, 0, 0, 0, 0
  statuses = ""
  -- wrk calls request() once on its first thread before the run (script_verify_request, to count pipelining);
  -- that request is never sent, so it must not use up a respondent id.
  verifying = (tid == 1)
end

function request()
  if verifying then
    verifying = false
    return wrk.format("GET", "/health")
  end
  if quota > 0 and sent >= quota then
    return wrk.format("GET", "/health")
  end
  sent = sent + 1
  local id
  if pool > 0 then
    -- Both threads draw from the same pool, so the same respondent also races across threads.
    id = "dup-" .. (sent % pool)
  else
    id = "t" .. tid .. "-" .. sent
  end
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, prefix .. id .. suffix)
end

function response(status, headers, body)
  -- Health checks only fill the connections once this thread's responses are all sent.
  -- (A POST is never answered 200: 201, 202, 409 or an error.)
  if status == 200 then return end
  answered = answered + 1
  if status == 201 then created = created + 1
  elseif status == 409 then conflicts = conflicts + 1
  else
    others = others + 1
    if #statuses < 200 then statuses = statuses .. status .. ":" .. string.sub(body or "", 1, 120) .. "\n" end
  end
  if answered == quota then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local c, d, o = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created"); d = d + t:get("conflicts"); o = o + t:get("others")
    io.write(t:get("statuses"))
  end
  io.write(string.format("created=%d conflicts=%d others=%d\n", c, d, o))
  io.write(string.format("created_per_s=%.0f\n", c / (summary.duration / 1000000)))
  io.write(string.format("latency_p50_ms=%.2f latency_p99_ms=%.2f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
