// `npm run seed:scale -- --households 100000 --ledger-rows 1000000
// --products 10000 [--database tianfu_scale]`: synthetic data at benchmark
// scale in a database of its own (see seed/README.md).
import { ROOT } from "./lib/context.mjs"
import { ensureDependencies } from "./lib/dependencies.mjs"
import { info } from "./lib/log.mjs"

ensureDependencies(ROOT, info)
const { seedScaleMain } = await import("./lib/seed-scale-main.mjs")
process.exitCode = await seedScaleMain(process.argv.slice(2))
