// A closed-loop load generator: `connections` clients each send the next
// request as soon as the previous answer has been read, for `durationMs`
// after a warm-up. Latencies are exact (every request is kept). The target
// is a URL to GET, or a function that makes one request (or a page's few)
// for client number `c` and resolves to whether it succeeded, or to
// `{ ok, ms }` when only part of its work is the timed request. With
// `requests`, the timed phase ends after that many requests instead of
// after `durationMs`.
export async function load(
  target,
  {
    connections = 20,
    durationMs = 10_000,
    warmupMs = 1_000,
    headers = {},
    requests = Infinity,
  } = {}
) {
  const send =
    typeof target === "function"
      ? target
      : async () => {
          const response = await fetch(target, { headers })
          await response.arrayBuffer()
          return response.ok
        }
  const run = async (until, record, cap = Infinity) => {
    let sent = 0
    await Promise.all(
      Array.from({ length: connections }, async (_, client) => {
        while (Date.now() < until && sent++ < cap) {
          const started = performance.now()
          let outcome
          try {
            outcome = await send(client)
          } catch {
            outcome = false
          }
          if (typeof outcome === "object") record(outcome.ms, outcome.ok)
          else record(performance.now() - started, outcome)
        }
      })
    )
  }
  await run(Date.now() + warmupMs, () => {})
  const latencies = []
  let errors = 0
  const started = Date.now()
  await run(
    Number.isFinite(requests) ? Infinity : started + durationMs,
    (ms, ok) => {
      latencies.push(ms)
      if (!ok) errors++
    },
    requests
  )
  const seconds = (Date.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (p) =>
    latencies.length
      ? latencies[
          Math.min(latencies.length - 1, Math.floor(p * latencies.length))
        ]
      : NaN
  return {
    connections,
    requests: latencies.length,
    errors,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    p50_ms: at(0.5),
    p95_ms: at(0.95),
    p99_ms: at(0.99),
  }
}
