import { parseArgs } from "node:util"
import { BACKEND_DIR, MEDUSA_BIN } from "./context.mjs"
import { prepareDatabase } from "./database-setup.mjs"
import { info, step, warn } from "./log.mjs"
import { withStartDatabase } from "./start-database.mjs"
import { run } from "./processes.mjs"

const USAGE = `usage: npm run seed:scale -- [--households N] [--products N] [--ledger-rows N] [--payouts N] [--database NAME]
  defaults: 100000 households, 10000 products, 1000000 ledger rows, ten
  benefit-linkage payouts a household (1000000), database tianfu_scale`

const SIZES = {
  households: "SCALE_HOUSEHOLDS",
  products: "SCALE_PRODUCTS",
  "ledger-rows": "SCALE_LEDGER_ROWS",
  payouts: "SCALE_PAYOUTS",
}

function parseScaleArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      households: { type: "string" },
      products: { type: "string" },
      "ledger-rows": { type: "string" },
      payouts: { type: "string" },
      database: { type: "string", default: "tianfu_scale" },
      help: { type: "boolean", short: "h" },
    },
  })
  const env = {}
  for (const [flag, name] of Object.entries(SIZES)) {
    const raw = values[flag]
    if (raw === undefined) continue
    if (!/^\d+$/.test(raw))
      throw new Error(`--${flag} must be a whole number, got "${raw}"`)
    env[name] = raw
  }
  if (!/^[a-z_][a-z0-9_]*$/.test(values.database)) {
    throw new Error(
      `--database must be a plain PostgreSQL name, got "${values.database}"`
    )
  }
  return { help: values.help, database: values.database, env }
}

// Prepares the scale database like `npm start` prepares its own (migrations,
// base store and the Sichuan demo without its historical orders unless
// SEED_ORDERS says otherwise), then runs the synthetic generator on it. The
// search benchmark calls this too.
export async function seedScaleOn(databaseUrl, sizes = {}) {
  const env = {
    ...process.env,
    SEED_ORDERS: process.env.SEED_ORDERS ?? "0",
    DATABASE_URL: databaseUrl,
    ...sizes,
  }
  await prepareDatabase({ databaseUrl, env, log: info })
  await step("generating synthetic data (seed:scale)", () =>
    run(MEDUSA_BIN, ["exec", "../seed/src/scale/run.ts"], {
      cwd: BACKEND_DIR,
      env,
      label: "seed:scale",
    })
  )
}

// `npm run seed:scale`: parses the sizes and seeds the scale database.
export async function seedScaleMain(argv) {
  let args
  try {
    args = parseScaleArgs(argv)
  } catch (error) {
    warn(`${error.message}\n${USAGE}`)
    return 2
  }
  if (args.help) {
    info(USAGE)
    return 0
  }
  const started = Date.now()
  try {
    return await withStartDatabase(
      "seeding synthetic data into",
      async (databaseUrl) => {
        await seedScaleOn(databaseUrl, args.env)
        info(
          `seed:scale done in ${Math.round((Date.now() - started) / 1000)} s: database ${args.database}`
        )
        return 0
      },
      args.database
    )
  } catch (error) {
    warn(`seed:scale failed: ${error?.stack ?? error}`)
    return 1
  }
}
