// `npm run bench`: benchmarks against stock Medusa in the same run, on a
// database of their own (see bench/README.md). Not part of `npm test`.
import { ROOT } from "../scripts/lib/context.mjs"
import { ensureDependencies } from "../scripts/lib/dependencies.mjs"
import { info } from "../scripts/lib/log.mjs"

ensureDependencies(ROOT, info)
const { benchMain } = await import("./lib/bench-main.mjs")
process.exitCode = await benchMain(process.argv.slice(2))
