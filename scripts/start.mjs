// `npm start`: from a bare clone to a running marketplace. Only Node's own
// modules may be imported statically here: dependencies may not exist yet.
import { ROOT } from "./lib/context.mjs"
import { ensureDependencies } from "./lib/dependencies.mjs"
import { info } from "./lib/log.mjs"

ensureDependencies(ROOT, info)
const { main, shutdown } = await import("./lib/start-main.mjs")
await main().catch(async (error) => {
  process.stderr.write(`\n[tianfu] start failed: ${error?.stack ?? error}\n`)
  await shutdown(1)
})
