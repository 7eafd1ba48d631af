// `npm run search:reindex`: rebuilds every search document (PostgreSQL, and
// Meilisearch when MEILISEARCH_HOST is set) from the catalogue.
import { ROOT } from "./lib/context.mjs"
import { ensureDependencies } from "./lib/dependencies.mjs"
import { info } from "./lib/log.mjs"

ensureDependencies(ROOT, info)
const { execOnStartDatabase } = await import("./lib/exec-main.mjs")
process.exitCode = await execOnStartDatabase({
  verb: "reindexing search on",
  script: "./src/scripts/reindex-search.ts",
  failure: "search reindex failed (see above)",
})
