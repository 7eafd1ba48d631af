import type { Logger } from "@medusajs/framework/types"

const WIDTH = 24

// A progress bar for one phase, one log line per ~5 % (log lines rather
// than a redrawn terminal line: the seed's output is piped through the
// start script and CI logs), each with the rate and an estimate of the rest.
export function progressBar(logger: Logger, phase: string, total: number) {
  const started = Date.now()
  let shown = -1
  return (done: number) => {
    const step = total ? Math.floor((done / total) * 20) : 20
    if (step === shown && done < total) return
    shown = step
    const share = total ? Math.min(1, done / total) : 1
    const filled = Math.round(share * WIDTH)
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? done / seconds : 0
    const left = rate > 0 && done < total ? (total - done) / rate : 0
    logger.info(
      `seed:scale ${phase.padEnd(12)} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")}  ${Math.round(rate).toLocaleString("en")}/s${left ? `  ~${Math.ceil(left)} s left` : ""}`
    )
  }
}

// Runs `work` over `total` items in chunks of `size`, starting at `from`
// (what already exists), reporting progress after each chunk.
export async function inChunks(
  logger: Logger,
  phase: string,
  range: { from: number; total: number; size: number },
  work: (start: number, end: number) => Promise<void>
): Promise<void> {
  const report = progressBar(logger, phase, range.total)
  report(range.from)
  for (let start = range.from; start < range.total; start += range.size) {
    const end = Math.min(range.total, start + range.size)
    await work(start, end)
    report(end)
  }
}
