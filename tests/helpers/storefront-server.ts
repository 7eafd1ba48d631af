import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { freePort } from "./ports"

const STOREFRONT_DIR = path.resolve(__dirname, "../../storefront")
const ROOT = path.resolve(__dirname, "../..")

const bin = (name: string) => {
  const own = path.join(STOREFRONT_DIR, "node_modules", ".bin", name)
  return fs.existsSync(own)
    ? own
    : path.join(ROOT, "node_modules", ".bin", name)
}

export type StorefrontServer = { url: string; stop: () => Promise<void> }

// Builds the storefront as `npm start` does and serves it with
// react-router-serve against the app under test.
export async function startStorefront(options: {
  backendUrl: string
  publishableKey: string
}): Promise<StorefrontServer> {
  const build = spawnSync(bin("react-router"), ["build"], {
    cwd: STOREFRONT_DIR,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  })
  if (build.status !== 0) {
    throw new Error(
      `storefront build failed:\n${build.stdout}\n${build.stderr}`
    )
  }
  const port = await freePort()
  const child = spawn(bin("react-router-serve"), ["./build/server/index.js"], {
    cwd: STOREFRONT_DIR,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      MEDUSA_BACKEND_URL: options.backendUrl,
      MEDUSA_PUBLISHABLE_KEY: options.publishableKey,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
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
