// `npm run test:reliability`: the load and fault suites (tests/reliability),
// on the same throw-away databases as `npm test`, ending with the same
// "N passed, N failed" line. Extra arguments go to jest.
import { ROOT } from "./lib/context.mjs"
import { ensureDependencies } from "./lib/dependencies.mjs"
import { info } from "./lib/log.mjs"

ensureDependencies(ROOT, info)
process.env.TEST_RELIABILITY = "1"
// The ledger model's long run: 150 random orders instead of npm test's 12.
process.env.LEDGER_MODEL_ORDERS ??= "150"
const { runTests } = await import("./lib/test-main.mjs")
process.exitCode = await runTests([
  "--selectProjects",
  "reliability",
  ...process.argv.slice(2),
])
