import fs from "node:fs"
import path from "node:path"
import { BACKEND_DIR, MEDUSA_BIN, ROOT, scratchDir } from "./context.mjs"
import { fingerprint } from "./fingerprint.mjs"
import { step } from "./log.mjs"
import {
  ensureDatabase,
  readSetupState,
  withDatabase,
  writeSetupState,
} from "./postgres.mjs"
import { runAsync } from "./processes.mjs"

// Inputs whose change means the schema may have changed.
const MIGRATION_INPUTS = [
  "package-lock.json",
  "backend/medusa-config.ts",
  "backend/src/modules",
  "backend/src/links",
]
const SEED_INPUTS = ["seed/src"]

export function databaseNameOf(url) {
  return (
    decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres"
  )
}

// Creates the database when missing, migrates it when the schema inputs
// changed, and seeds it when the seed changed (or `force`). Returns the base
// store facts recorded by the seed (publishable key, ids).
export async function prepareDatabase({
  databaseUrl,
  env,
  log,
  forceSeed = false,
}) {
  const created = await ensureDatabase(
    withDatabase(databaseUrl, "postgres"),
    databaseNameOf(databaseUrl)
  )
  if (created) log(`created database ${databaseNameOf(databaseUrl)}`)
  const state = await readSetupState(databaseUrl)

  const migrations = fingerprint(ROOT, MIGRATION_INPUTS)
  if (state.migrations !== migrations) {
    await step("migrating the database (medusa db:migrate)", () =>
      runAsync(MEDUSA_BIN, ["db:migrate"], {
        cwd: BACKEND_DIR,
        env,
        label: "medusa db:migrate",
      })
    )
    state.migrations = migrations
    await writeSetupState(databaseUrl, state)
  } else {
    log("database schema up to date; skipping migrations")
  }

  const seed = fingerprint(ROOT, SEED_INPUTS)
  if (forceSeed || state.seed !== seed || !state.base?.publishableKey) {
    const resultFile = path.join(scratchDir(), `seed-${process.pid}.json`)
    await step("seeding the store (base + Sichuan demo)", () =>
      runAsync(MEDUSA_BIN, ["exec", "../seed/src/run.ts"], {
        cwd: BACKEND_DIR,
        env: { ...env, SEED_RESULT_FILE: resultFile },
        label: "seed",
      })
    )
    state.base = JSON.parse(fs.readFileSync(resultFile, "utf8"))
    fs.rmSync(resultFile, { force: true })
    state.seed = seed
    await writeSetupState(databaseUrl, state)
  } else {
    log("seed data up to date; skipping seed")
  }
  return state.base
}
