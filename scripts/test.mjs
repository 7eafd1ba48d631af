// `npm test`: installs what is missing, finds or starts a PostgreSQL for its
// own throw-away databases, runs format, lint, type and jest checks, and ends
// with one line: "N passed, N failed[, N skipped]".
import { ROOT } from "./lib/context.mjs"
import { ensureDependencies } from "./lib/dependencies.mjs"
import { info } from "./lib/log.mjs"

ensureDependencies(ROOT, info)
const { runTests } = await import("./lib/test-main.mjs")
process.exitCode = await runTests(process.argv.slice(2))
