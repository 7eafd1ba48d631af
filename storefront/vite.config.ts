import { reactRouter } from "@react-router/dev/vite"
import tailwindcss from "@tailwindcss/vite"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"

export default defineConfig({
  plugins: [tailwindcss(), reactRouter()],
  server: { port: 8000 },
  // Imports from the storefront's own src: "@/features/…", not "../../../".
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      // The shared domain rules (fen and yuan), bundled from source.
      "@tianfu/domain": fileURLToPath(
        new URL("../packages/domain/src/index.ts", import.meta.url)
      ),
    },
  },
  // The manifest lets `npm run bench` measure each page's initial JS.
  build: {
    manifest: true,
    minify: "terser",
    // Chunks are ES modules: terser may mangle and drop at their top level.
    terserOptions: {
      module: true,
      compress: { passes: 3 },
      format: { comments: false },
    },
    modulePreload: { polyfill: false },
  },
})
