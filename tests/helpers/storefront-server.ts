import { freePort } from "./ports"
import { serveUntilReady, type ServedApp } from "./served-app"

type ContextLib = typeof import("../../scripts/lib/context.mjs")
type BuildLib = typeof import("../../scripts/lib/build.mjs")

export type StorefrontServer = ServedApp

// Builds the storefront with `npm start`'s own step (skipped when nothing
// changed) and serves it the same way, against the app under test.
export async function startStorefront(options: {
  backendUrl: string
  publishableKey: string
}): Promise<StorefrontServer> {
  const { STOREFRONT_DIR, workspaceBin }: ContextLib =
    await import("../../scripts/lib/context.mjs")
  const { buildStorefront, storefrontEnv }: BuildLib =
    await import("../../scripts/lib/build.mjs")
  await buildStorefront({ ...process.env, NODE_ENV: "production" })
  const port = await freePort()
  return serveUntilReady({
    name: "storefront",
    command: workspaceBin(STOREFRONT_DIR, "react-router-serve"),
    args: ["./build/server/index.js"],
    cwd: STOREFRONT_DIR,
    env: storefrontEnv(process.env, { ...options, port }),
    url: `http://localhost:${port}`,
    probe: "/cart",
  })
}
