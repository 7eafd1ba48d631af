import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  ".."
)
export const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
export const VITE_BIN = path.join(ROOT, "node_modules", ".bin", "vite")
export const BACKEND_DIR = path.join(ROOT, "backend")
export const BUILT_BACKEND_DIR = path.join(BACKEND_DIR, ".medusa", "server")
export const STATE_DIR = path.join(ROOT, ".data")
// The npm workspaces that hold TypeScript (and a package.json each).
export const WORKSPACES = [
  "packages/domain",
  "backend",
  "storefront",
  "admin",
  "seed",
  "tests",
  "bench",
]

// Scratch files of one run (jest's report, the seed's result, a test
// Meilisearch's data) stay inside the checkout, under the ignored .data/.
export function scratchDir() {
  const dir = path.join(STATE_DIR, "tmp")
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

export const PORTS = {
  backend: Number(process.env.PORT || 9000),
  storefront: Number(process.env.STOREFRONT_PORT || 8000),
  console: Number(process.env.CONSOLE_PORT || 7001),
}
export const STOREFRONT_DIR = path.join(ROOT, "storefront")
export const CONSOLE_DIR = path.join(ROOT, "admin")
// npm may install a workspace's tools in its own node_modules (when another
// workspace needs another version) or hoist them to the root.
export function workspaceBin(workspaceDir, name) {
  const own = path.join(workspaceDir, "node_modules", ".bin", name)
  return fs.existsSync(own)
    ? own
    : path.join(ROOT, "node_modules", ".bin", name)
}
