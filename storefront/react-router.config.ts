import type { Config } from "@react-router/dev/config"

// Server-rendered: the pages people land on from search engines and QR
// codes arrive as HTML, then hydrate.
export default {
  appDirectory: "src/app",
  buildDirectory: "build",
  ssr: true,
} satisfies Config
