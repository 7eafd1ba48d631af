import type { Config } from "@react-router/dev/config"

// Server-rendered: the pages people land on from search engines and QR
// codes arrive as HTML, then hydrate. Route middleware keeps rendered
// product pages for anonymous shoppers (src/lib/page-cache.server.ts); it
// sees requests as they came (a `.data` URL is a client navigation's data,
// not a page), and loaders read the page's own URL from `url`.
export default {
  appDirectory: "src/app",
  buildDirectory: "build",
  ssr: true,
  future: {
    v8_middleware: true,
    v8_passThroughRequests: true,
  },
} satisfies Config
