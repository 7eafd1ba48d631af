// Progress output for the start and test scripts: one line per step, with timings.
const started = Date.now()

export function elapsed() {
  return ((Date.now() - started) / 1000).toFixed(1)
}

export function info(message) {
  process.stdout.write(`[tianfu ${elapsed().padStart(6)}s] ${message}\n`)
}

export function warn(message) {
  process.stderr.write(
    `[tianfu ${elapsed().padStart(6)}s] WARNING: ${message}\n`
  )
}

export async function step(title, action) {
  const t0 = Date.now()
  info(`${title} …`)
  const result = await action()
  info(`${title}: done in ${((Date.now() - t0) / 1000).toFixed(1)}s`)
  return result
}
