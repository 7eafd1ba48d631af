// A closed-loop load generator: `connections` clients each send the next
// request as soon as the previous answer has been read, for `durationMs`
// after a warm-up. Latencies are exact (every request is kept).
export async function load(
  url,
  { connections = 20, durationMs = 10_000, warmupMs = 1_000, headers = {} } = {}
) {
  const run = async (until, record) => {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < until) {
          const started = performance.now()
          let ok = false
          try {
            const response = await fetch(url, { headers })
            await response.arrayBuffer()
            ok = response.ok
          } catch {
            ok = false
          }
          record(performance.now() - started, ok)
        }
      })
    )
  }
  await run(Date.now() + warmupMs, () => {})
  const latencies = []
  let errors = 0
  const started = Date.now()
  await run(started + durationMs, (ms, ok) => {
    latencies.push(ms)
    if (!ok) errors++
  })
  const seconds = (Date.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (p) =>
    latencies.length
      ? latencies[
          Math.min(latencies.length - 1, Math.floor(p * latencies.length))
        ]
      : NaN
  return {
    requests: latencies.length,
    errors,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    p50_ms: at(0.5),
    p95_ms: at(0.95),
    p99_ms: at(0.99),
  }
}
