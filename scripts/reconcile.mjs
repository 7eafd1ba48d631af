// `npm run reconcile`: every order's ledger against captured − refunded.
import { ROOT } from "./lib/context.mjs"
import { ensureDependencies } from "./lib/dependencies.mjs"
import { info } from "./lib/log.mjs"

ensureDependencies(ROOT, info)
const { reconcileMain } = await import("./lib/reconcile-main.mjs")
process.exitCode = await reconcileMain(process.argv.slice(2))
