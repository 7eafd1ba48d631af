import tailwindcss from "@tailwindcss/vite"
import react from "@vitejs/plugin-react"
import type { IncomingMessage, ServerResponse } from "node:http"
import { fileURLToPath } from "node:url"
import { defineConfig, type Plugin } from "vite"

// The console is a static bundle; where the backend lives is decided when it
// is served, not when it is built. `vite preview` (what `npm start` and the
// compose service run) and `vite dev` answer /config.js from their
// environment, so one build serves every deployment.
function runtimeConfig(): Plugin {
  const serve = (
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void
  ) => {
    if (req.url?.split("?")[0] !== "/config.js") return next()
    const config = {
      backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
      publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY || "",
      storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
    }
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
  resolve: {
    alias: {
      // The backend's pure domain rules (check characters, masking, the
      // largest-remainder split), so the console validates and previews
      // exactly as the backend decides.
      "@tianfu/domain": fileURLToPath(
        new URL("../backend/src/lib/provenance", import.meta.url)
      ),
    },
  },
})
