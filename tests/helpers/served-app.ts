import { spawn } from "node:child_process"

export type ServedApp = { url: string; stop: () => Promise<void> }

// Spawns a front end's server and waits until `probe` answers 200; its
// output is kept to explain a failure to start.
export async function serveUntilReady(options: {
  name: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  url: string
  probe: string
  timeoutMs?: number
}): Promise<ServedApp> {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  const timeoutMs = options.timeoutMs ?? 30_000
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`${options.name} exited (${child.exitCode}):\n${output}`)
    }
    const ok = await fetch(`${options.url}${options.probe}`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) break
    if (Date.now() > deadline) {
      child.kill("SIGKILL")
      throw new Error(
        `${options.name} did not answer in ${timeoutMs / 1000} s:\n${output}`
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url: options.url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", () => resolve())
        child.kill("SIGTERM")
      }),
  }
}
