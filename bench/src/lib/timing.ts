import { performance } from "node:perf_hooks"

export type Summary = {
  n: number
  mean_ms: number
  p50_ms: number
  p95_ms: number
  p99_ms: number
  min_ms: number
  max_ms: number
}

// Wall-clock duration of one awaited call, in milliseconds.
export async function timed<T>(
  action: () => Promise<T>
): Promise<{ ms: number; result: T }> {
  const started = performance.now()
  const result = await action()
  return { ms: performance.now() - started, result }
}

const round = (ms: number) => Math.round(ms * 100) / 100

// Linear interpolation between closest ranks (numpy's default), so that p95
// of a few dozen samples is not simply the second-largest one.
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN
  const rank = (sorted.length - 1) * p
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low)
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b)
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / (sorted.length || 1)
  return {
    n: sorted.length,
    mean_ms: round(mean),
    p50_ms: round(percentile(sorted, 0.5)),
    p95_ms: round(percentile(sorted, 0.95)),
    p99_ms: round(percentile(sorted, 0.99)),
    min_ms: round(sorted[0] ?? Number.NaN),
    max_ms: round(sorted[sorted.length - 1] ?? Number.NaN),
  }
}

export type Comparison = {
  disabled: Summary
  enabled: Summary
  // enabled / disabled
  ratio_mean: number
  ratio_p50: number
  ratio_p95: number
  added_ms_mean: number
  added_ms_p50: number
}

export function compare(disabled: number[], enabled: number[]): Comparison {
  const a = summarize(disabled)
  const b = summarize(enabled)
  const ratio = (x: number, y: number) => Math.round((x / y) * 1000) / 1000
  return {
    disabled: a,
    enabled: b,
    ratio_mean: ratio(b.mean_ms, a.mean_ms),
    ratio_p50: ratio(b.p50_ms, a.p50_ms),
    ratio_p95: ratio(b.p95_ms, a.p95_ms),
    added_ms_mean: round(b.mean_ms - a.mean_ms),
    added_ms_p50: round(b.p50_ms - a.p50_ms),
  }
}

// Runs `action` once untimed, then `runs` times timed, one after another.
export async function sample(
  runs: number,
  action: () => Promise<unknown>
): Promise<number[]> {
  await action()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    samples.push((await timed(action)).ms)
  }
  return samples
}
