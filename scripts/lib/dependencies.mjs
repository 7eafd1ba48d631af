import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fingerprint } from "./fingerprint.mjs"

const MARKER = path.join("node_modules", ".tianfu-install")

// Installs dependencies when node_modules is missing or the manifests changed
// since the last install. `npm install`, not `npm ci`: a lockfile written by
// npm 11 lacks some platform-specific optional packages that `npm ci` insists on.
function manifests(root) {
  return fingerprint(root, [
    "package.json",
    "package-lock.json",
    ...["backend", "storefront", "admin", "seed", "tests", "bench"].map(
      (w) => `${w}/package.json`
    ),
  ])
}

export function ensureDependencies(root, log) {
  const wanted = manifests(root)
  const markerFile = path.join(root, MARKER)
  const current = fs.existsSync(markerFile)
    ? fs.readFileSync(markerFile, "utf8").trim()
    : ""
  if (
    current === wanted &&
    fs.existsSync(path.join(root, "node_modules", "@medusajs", "medusa"))
  ) {
    log("dependencies up to date")
    return false
  }
  log("installing dependencies with npm install (first run: about 2 minutes) …")
  const result = spawnSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--loglevel=error"],
    {
      cwd: root,
      stdio: "inherit",
    }
  )
  if (result.status !== 0) {
    throw new Error(`npm install failed with exit code ${result.status}`)
  }
  // npm may rewrite the lockfile while installing: record the state it left.
  fs.writeFileSync(markerFile, `${manifests(root)}\n`)
  return true
}
