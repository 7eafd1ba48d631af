// `npm run seed`: re-runs the idempotent seed against the `npm start`
// database (migrating first if needed), then stops anything it started.
import { ROOT } from "./lib/context.mjs"
import { ensureDependencies } from "./lib/dependencies.mjs"
import { info } from "./lib/log.mjs"

ensureDependencies(ROOT, info)
const { seedMain } = await import("./lib/seed-main.mjs")
process.exitCode = await seedMain()
