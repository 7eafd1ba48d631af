import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const IGNORED = new Set([
  "node_modules",
  ".medusa",
  "dist",
  ".cache",
  ".data",
  "coverage",
  "build",
  ".react-router",
])

function walk(entry, files) {
  if (!fs.existsSync(entry)) return
  const stat = fs.statSync(entry)
  if (stat.isFile()) {
    files.push(entry)
    return
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (!IGNORED.has(name)) walk(path.join(entry, name), files)
  }
}

// A hash of the paths' contents: a step whose inputs hash the same as last
// time (migrations, builds, seed) is skipped on the next start.
export function fingerprint(root, entries) {
  const hash = crypto.createHash("sha256")
  for (const entry of entries) {
    const files = []
    walk(path.join(root, entry), files)
    for (const file of files) {
      hash.update(path.relative(root, file))
      hash.update("\0")
      hash.update(fs.readFileSync(file))
      hash.update("\0")
    }
  }
  return hash.digest("hex").slice(0, 16)
}

export function readJson(file, fallback) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return fallback
  }
}

export function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`)
}
