import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import { freePort } from "./ports"
import type { ServedApp } from "./served-app"

type BuildLib = typeof import("../../scripts/lib/build.mjs")

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".json": "application/json",
}

// Medusa's dashboard as a deployment serves it: /app from the built files
// (`npm start`'s `medusa build`, here `--admin-only`), every other path
// passed to the app under test on the same origin, so the dashboard's
// session cookie and relative API calls work as they do behind one host.
export async function startDashboard(backendUrl: string): Promise<ServedApp> {
  const { buildDashboard, DASHBOARD_DIR }: BuildLib =
    await import("../../scripts/lib/build.mjs")
  await buildDashboard({ ...process.env, NODE_ENV: "production" })
  const backend = new URL(backendUrl)
  const index = fs.readFileSync(path.join(DASHBOARD_DIR, "index.html"))
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://dashboard")
    if (url.pathname === "/app" || url.pathname.startsWith("/app/")) {
      const file = path.join(DASHBOARD_DIR, url.pathname.slice("/app".length))
      const inside = file.startsWith(DASHBOARD_DIR + path.sep)
      if (inside && fs.existsSync(file) && fs.statSync(file).isFile()) {
        res.writeHead(200, {
          "content-type":
            TYPES[path.extname(file)] ?? "application/octet-stream",
        })
        fs.createReadStream(file).pipe(res)
      } else {
        res.writeHead(200, { "content-type": TYPES[".html"] })
        res.end(index)
      }
      return
    }
    const upstream = http.request(
      {
        host: backend.hostname,
        port: backend.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: backend.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on("error", () => {
      res.writeHead(502)
      res.end()
    })
    req.pipe(upstream)
  })
  const port = await freePort()
  await new Promise<void>((resolve) =>
    server.listen(port, "127.0.0.1", resolve)
  )
  return {
    url: `http://localhost:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
