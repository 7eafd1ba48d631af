import tailwindcss from "@tailwindcss/vite"
import react from "@vitejs/plugin-react"
import type { IncomingMessage, ServerResponse } from "node:http"
import { fileURLToPath } from "node:url"
import { defineConfig, type Plugin } from "vite"

// The console is a static bundle; where the backend lives is decided when it
// is served, not when it is built. `vite preview` (what `npm start` and the
// compose service run) and `vite dev` answer /config.js from their
// environment, so one build serves every deployment.
const backendUrl = () =>
  process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url)
    return origin === "null" ? null : origin
  } catch {
    return null
  }
}

// The console keeps its sign-in token in localStorage, so no script may run
// but the bundle's own files (index.html has no inline script; /config.js
// is a file): no 'unsafe-inline', no 'unsafe-eval'. It calls the backend
// from the browser, shows pictures from wherever a product or logo URL
// points (QR labels are data: URLs) and is framed by no one. ECharts writes
// its tooltips as HTML with style attributes, hence style-src-attr.
// `vite dev` also runs React Refresh's inline preamble, injects CSS as
// <style> elements and talks to its HMR websocket.
function contentSecurityPolicy(mode: "preview" | "dev"): string {
  const backend = originOf(backendUrl())
  const dev = mode === "dev"
  return [
    "default-src 'self'",
    `script-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src * data: blob:",
    `connect-src 'self'${backend ? ` ${backend}` : ""}${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ")
}

// Vite's servers are connect, not Express: no X-Powered-By to remove.
function securityHeaders(mode: "preview" | "dev"): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(mode),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  }
}

function runtimeConfig(): Plugin {
  const serve = (
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void
  ) => {
    if (req.url?.split("?")[0] !== "/config.js") return next()
    const config = {
      backendUrl: backendUrl(),
      publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY || "",
      storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
    }
    // Answered before Vite's own middlewares, which add preview.headers.
    for (const [name, value] of Object.entries(securityHeaders("preview")))
      res.setHeader(name, value)
    res.setHeader("Content-Type", "text/javascript; charset=utf-8")
    res.setHeader("Cache-Control", "no-store")
    res.end(`window.__TIANFU_CONSOLE__ = ${JSON.stringify(config)}\n`)
  }
  return {
    name: "tianfu-runtime-config",
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  }
}

export default defineConfig({
  plugins: [react(), tailwindcss(), runtimeConfig()],
  // ECharts (~540 KB minified, ~180 KB gzip) is its own chunk, loaded with
  // the first chart; everything else is far below this.
  build: { chunkSizeWarningLimit: 600 },
  // preview.headers would default to server.headers: both are set.
  server: { headers: securityHeaders("dev") },
  preview: { headers: securityHeaders("preview") },
  resolve: {
    alias: {
      // Imports from the console's own src: "@/features/…", not "../../../".
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      // The shared domain rules (check characters, masking, the
      // largest-remainder split, fen and yuan), bundled from source, so the
      // console validates and previews exactly as the backend decides.
      "@tianfu/domain": fileURLToPath(
        new URL("../packages/domain/src/index.ts", import.meta.url)
      ),
    },
  },
})
