-- Counts the 302 responses wrk received completely (an acknowledged click each), over all threads.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) redirects = 0; others = 0 end
function response(status, headers, body)
  if status == 302 then redirects = redirects + 1 else others = others + 1 end
end
function done(summary, latency, requests)
  local r, o = 0, 0
  for _, t in ipairs(threads) do r = r + t:get("redirects"); o = o + t:get("others") end
  io.write(string.format("redirects=%d others=%d\n", r, o))
end
