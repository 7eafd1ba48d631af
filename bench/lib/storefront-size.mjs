import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import { buildStorefront } from "../../scripts/lib/build.mjs"
import { STOREFRONT_DIR } from "../../scripts/lib/context.mjs"

// The storefront pages whose first load matters most (landing pages).
const PAGES = {
  home: "src/app/routes/home.tsx",
  product: "src/app/routes/product.tsx",
  trace: "src/app/routes/trace.tsx",
  catalog: "src/app/routes/catalog.tsx",
  checkout: "src/app/routes/checkout.tsx",
}
export const INITIAL_JS_BUDGET_KB = 120

// Initial JavaScript of a page: the client entry, the root route and the
// page's route module with every chunk they import statically, which is
// exactly what the server's HTML preloads. Gzip level 9, as a CDN serves.
export async function storefrontSizeBench({ log }) {
  await buildStorefront({ ...process.env, NODE_ENV: "production" })
  const clientDir = path.join(STOREFRONT_DIR, "build", "client")
  const manifest = JSON.parse(
    fs.readFileSync(path.join(clientDir, ".vite", "manifest.json"), "utf8")
  )
  const entryKey = Object.keys(manifest).find((key) =>
    /entry\.client/.test(key)
  )
  // Route modules are keyed with React Router's client-route query.
  const routeKey = (file) =>
    Object.keys(manifest).find((key) => key.split("?")[0] === file)
  const rootKey = routeKey("src/app/root.tsx")
  const closure = (keys) => {
    const seen = new Set()
    const visit = (key) => {
      if (seen.has(key) || !manifest[key]) return
      seen.add(key)
      for (const dep of manifest[key].imports ?? []) visit(dep)
    }
    keys.forEach(visit)
    return [...seen].map((key) => manifest[key].file)
  }
  const pages = {}
  for (const [name, route] of Object.entries(PAGES)) {
    const files = closure([entryKey, rootKey, routeKey(route)])
    let raw = 0
    let gzip = 0
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(clientDir, file))
      raw += bytes.length
      gzip += zlib.gzipSync(bytes, { level: 9 }).length
    }
    pages[name] = {
      files: files.length,
      raw_kb: raw / 1024,
      gzip_kb: gzip / 1024,
      within_budget: gzip / 1024 <= INITIAL_JS_BUDGET_KB,
    }
    log(
      `storefront ${name}: ${files.length} files, ${(gzip / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw)`
    )
  }
  return { budget_kb: INITIAL_JS_BUDGET_KB, sizes: pages }
}
