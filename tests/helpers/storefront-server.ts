import { spawn } from "node:child_process"
import { freePort } from "./ports"

type ContextLib = typeof import("../../scripts/lib/context.mjs")
type BuildLib = typeof import("../../scripts/lib/build.mjs")

export type StorefrontServer = { url: string; stop: () => Promise<void> }

// Builds the storefront with `npm start`'s own step (skipped when nothing
// changed) and serves it the same way, against the app under test.
export async function startStorefront(options: {
  backendUrl: string
  publishableKey: string
}): Promise<StorefrontServer> {
  const { STOREFRONT_DIR, workspaceBin }: ContextLib =
    await import("../../scripts/lib/context.mjs")
  const { buildStorefront, storefrontEnv }: BuildLib =
    await import("../../scripts/lib/build.mjs")
  await buildStorefront({ ...process.env, NODE_ENV: "production" })
  const port = await freePort()
  const child = spawn(
    workspaceBin(STOREFRONT_DIR, "react-router-serve"),
    ["./build/server/index.js"],
    {
      cwd: STOREFRONT_DIR,
      env: storefrontEnv(process.env, { ...options, port }),
      stdio: ["ignore", "pipe", "pipe"],
    }
  )
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`storefront exited (${child.exitCode}):\n${output}`)
    }
    const ok = await fetch(`${url}/cart`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) break
    if (Date.now() > deadline) {
      child.kill("SIGKILL")
      throw new Error(`storefront did not answer in 30 s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", () => resolve())
        child.kill("SIGTERM")
      }),
  }
}
