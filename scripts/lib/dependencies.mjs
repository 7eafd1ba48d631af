import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { WORKSPACES } from "./context.mjs"
import { fingerprint } from "./fingerprint.mjs"

const MARKER = path.join("node_modules", ".tianfu-install")

// Installs dependencies when node_modules is missing or the manifests changed
// since the last install. `npm install`, not `npm ci`: a lockfile written by
// npm 11 lacks some platform-specific optional packages that `npm ci` insists on.
function manifests(root) {
  return fingerprint(root, [
    "package.json",
    "package-lock.json",
    ...WORKSPACES.map((w) => `${w}/package.json`),
  ])
}

// The shared domain package (packages/domain) is TypeScript: the backend
// runs its compiled dist/ (the console and storefront bundle its source).
// Compiled whenever its sources changed since the last compile.
function ensureDomainBuilt(root, log) {
  const dir = path.join(root, "packages", "domain")
  const wanted = fingerprint(dir, [
    "src",
    "tsconfig.json",
    "tsconfig.build.json",
  ])
  const markerFile = path.join(dir, "dist", ".fingerprint")
  const current = fs.existsSync(markerFile)
    ? fs.readFileSync(markerFile, "utf8").trim()
    : ""
  if (current === wanted) return
  log("compiling packages/domain …")
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "tsc"),
    ["-p", path.join(dir, "tsconfig.build.json")],
    { cwd: dir, stdio: "inherit" }
  )
  if (result.status !== 0) {
    throw new Error(`compiling packages/domain failed (${result.status})`)
  }
  fs.writeFileSync(markerFile, `${wanted}\n`)
}

export function ensureDependencies(root, log) {
  const installed = installDependencies(root, log)
  ensureDomainBuilt(root, log)
  return installed
}

function installDependencies(root, log) {
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
