import { freePort } from "./ports"
import { serveUntilReady, type ServedApp } from "./served-app"

type BuildLib = typeof import("../../scripts/lib/build.mjs")

export type ConsoleServer = ServedApp

// Builds the console with `npm start`'s own step (skipped when nothing
// changed) and serves it with `vite preview`, pointed at the app under test.
export async function startConsole(options: {
  backendUrl: string
  publishableKey: string
  storefrontUrl?: string
}): Promise<ConsoleServer> {
  const { buildConsole, consoleServer }: BuildLib =
    await import("../../scripts/lib/build.mjs")
  await buildConsole({ ...process.env, NODE_ENV: "production" })
  const port = await freePort()
  const server = consoleServer(process.env, {
    backendUrl: options.backendUrl,
    publishableKey: options.publishableKey,
    storefrontUrl: options.storefrontUrl ?? "http://localhost:8000",
    port,
  })
  return serveUntilReady({
    name: "console",
    ...server,
    url: `http://localhost:${port}`,
    probe: "/config.js",
  })
}
