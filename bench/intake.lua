-- wrk script: closed-loop POST /api/v1/cases with a bearer token (env RS_TOKEN), varying the respondent's county
-- over Handan's 18 divisions and the complainant's phone and the amount. Counts every response that is not 201 and
-- prints one machine-readable line WRK_RESULT for bench/intake.sh.

local divisions = { "130402", "130403", "130404", "130406", "130407", "130408", "130423", "130424", "130425",
  "130426", "130427", "130430", "130431", "130432", "130433", "130434", "130435", "130481" }

local token = os.getenv("RS_TOKEN") or ""
local headers = {
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json",
  ["Authorization"] = "Bearer " .. token,
}

-- Pre-built bodies, so the Lua per-request cost is a table lookup.
local bodies = {}
for i = 1, 512 do
  local d = divisions[(i % #divisions) + 1]
  bodies[i] = string.format('{"type":"COMPLAINT","channel":"HOTLINE","complainant":{"name":"张三",'
    .. '"phone":"138%08d","address":"河北省邯郸市丛台区人民路%d号"},"respondent":{"name":"邯郸某电器商行",'
    .. '"address":"邯郸市丛台区中华北大街8号","divisionCode":"%s"},"request":"退货退款","facts":"购买的冰箱不制冷",'
    .. '"amount":%d}', (i * 7919) % 100000000, (i % 200) + 1, d, 100 + (i * 37) % 20000)
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non201 = 0
  created = 0
  n = 0
end

function request()
  n = n + 1
  return wrk.format("POST", "/api/v1/cases", headers, bodies[(n % #bodies) + 1])
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    non201 = non201 + 1
  end
end

function done(summary, latency, requests)
  local bad, ok = 0, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("non201")
    ok = ok + t:get("created")
  end
  local e = summary.errors
  local sockerr = e.connect + e.read + e.write + e.timeout
  local secs = summary.duration / 1e6
  io.write(string.format("WRK_RESULT requests=%d created=%d non201=%d socket_errors=%d duration_s=%.2f rps=%.1f "
    .. "created_rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f\n",
    summary.requests, ok, bad, sockerr, secs, summary.requests / secs, ok / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000))
end
