import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { LINKAGE_MODULE } from "../../../backend/src/modules/linkage"
import type LinkageModuleService from "../../../backend/src/modules/linkage/service"
import { runReconciliation } from "../../../backend/src/workflows/attribution/utils/run-reconciliation"
import { reindexSearch } from "../../../backend/src/workflows/search/utils/reindex"
import { seedBaseStore } from "../base-store"
import { DEMO_LOGINS, ensureReviewer } from "../demo/accounts"
import { loggerOf } from "../demo/context"
import { ensureScaleBatches, syncScaleStock } from "./batches"
import { ensureScaleCooperatives } from "./cooperatives"
import { cooperativeOfHousehold, ensureScaleHouseholds } from "./households"
import { ensureScaleLinkage } from "./linkage"
import { payoutsFor, type ScaleOptions, scaleOptionsFrom } from "./options"
import { ensureScaleOrders } from "./orders"
import { ensureScaleProducts } from "./products"

// Ledger rows one synthetic order writes on average (two lines, four to
// five households and a remainder each, a refund for one in ten): used to
// size batches so the orders never run out of traced stock.
const ROWS_PER_ORDER = 10
const UNITS_PER_ORDER = 4

// `npm run seed:scale`, run by `medusa exec` on a database that already has
// the demo (scripts/seed-scale.mjs sees to that): synthetic cooperatives,
// households, products, batches and orders with their ledger, in bulk but
// through the modules' own services and the attribution rule, then a
// reconciliation run over everything. Re-running tops up to the sizes asked.
export default async function seedScaleExec({ container }: ExecArgs) {
  const password = process.env.DEMO_PASSWORD
  if (!password) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "DEMO_PASSWORD is not set"
    )
  }
  const summary = await seedScale(
    container,
    scaleOptionsFrom(process.env),
    password
  )
  if (process.env.SCALE_RESULT_FILE) {
    fs.writeFileSync(
      process.env.SCALE_RESULT_FILE,
      JSON.stringify(summary, null, 2)
    )
  }
  if (summary.reconciliation.differences) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `reconciliation found ${summary.reconciliation.differences} differences`
    )
  }
  const found = Object.entries(summary.linkage_consistency).filter(
    ([, n]) => n > 0
  )
  if (found.length) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `the payout ledger's consistency check found ${found.map(([list, n]) => `${n} ${list}`).join(", ")}`
    )
  }
}

export type ScaleSummary = Awaited<ReturnType<typeof seedScale>>

// The generator itself (tests call it with small sizes). Search is rebuilt
// once at the end rather than once per product event (SEARCH_EVENTS=off
// while it runs, in this process).
export async function seedScale(
  container: ExecArgs["container"],
  options: ScaleOptions,
  password: string
) {
  const previous = process.env.SEARCH_EVENTS
  process.env.SEARCH_EVENTS = "off"
  try {
    return await generate(container, options, password)
  } finally {
    if (previous === undefined) delete process.env.SEARCH_EVENTS
    else process.env.SEARCH_EVENTS = previous
  }
}

async function generate(
  container: ExecArgs["container"],
  options: ScaleOptions,
  password: string
) {
  const logger = loggerOf(container)
  const phases: Record<string, number> = {}
  const phase = async <T>(name: string, work: () => Promise<T>) => {
    const started = Date.now()
    const result = await work()
    phases[name] = Math.round((Date.now() - started) / 100) / 10
    logger.info(`seed:scale ${name}: ${phases[name]} s`)
    return result
  }
  const payouts = options.payouts ?? payoutsFor(options.households)
  logger.info(
    `seed:scale: SYNTHETIC data for benchmarks: ${options.households} households, ${options.products} products, ${options.ledgerRows} ledger rows, ~${payouts} payouts`
  )
  const store = await seedBaseStore(container)
  const provinceReviewerId = await ensureReviewer(
    container,
    DEMO_LOGINS.provinceReviewer,
    password
  )
  const ctx = { container, logger, password, provinceReviewerId }
  const cooperatives = await phase("cooperatives", () =>
    ensureScaleCooperatives(
      ctx,
      logger,
      Math.max(1, Math.ceil(options.products / options.productsPerCooperative))
    )
  )
  const households = await phase("households", () =>
    ensureScaleHouseholds(
      container,
      logger,
      cooperatives,
      options.households,
      provinceReviewerId
    )
  )
  const members = new Map<string, string[]>()
  households.forEach((h, i) => {
    const cooperative = cooperativeOfHousehold(i, cooperatives).id
    const list = members.get(cooperative)
    if (list) list.push(h.id)
    else members.set(cooperative, [h.id])
  })
  const variants = await phase("products", () =>
    ensureScaleProducts(container, logger, cooperatives, {
      count: options.products,
      perCooperative: options.productsPerCooperative,
    })
  )
  const orderCount = options.ledgerRows / ROWS_PER_ORDER
  const batches = await phase("batches", () =>
    ensureScaleBatches(container, logger, variants, {
      membersOf: (id) => members.get(id) ?? [],
      stockPerBatch: Math.max(
        100,
        Math.ceil(
          (2 * orderCount * UNITS_PER_ORDER) / Math.max(1, variants.length)
        )
      ),
      now: options.now,
    })
  )
  const orders = await phase("orders", () =>
    ensureScaleOrders(container, logger, store, batches, {
      ledgerRows: options.ledgerRows,
      now: options.now,
      countyOf: new Map(households.map((h) => [h.id, h.county_code])),
    })
  )
  await phase("stock", () => syncScaleStock(container, batches))
  // Benefit linkage (--payouts 0: none).
  const linkage = payouts
    ? await phase("linkage", () =>
        ensureScaleLinkage(container, logger, {
          households,
          cooperativeOf: (i) => cooperativeOfHousehold(i, cooperatives),
          batches,
          payouts,
          now: options.now,
        })
      )
    : null
  const search = await phase("search", () => reindexSearch(container))
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  // Vacuum as well: bulk-loaded tables have no visibility map yet, so the
  // reports' index-only scans would visit the heap for every row (the first
  // bench run after a generation measured household × year at 156/200 ms
  // instead of 91/127).
  await phase("vacuum analyze", () => knex.raw("vacuum analyze"))
  const reconciliation = await phase("reconciliation", () =>
    runReconciliation(container)
  )
  // What GET /admin/linkage/consistency lists, over the whole payout ledger
  // (demo and synthetic): every list must be empty.
  const consistency = await phase("linkage consistency", () =>
    container.resolve<LinkageModuleService>(LINKAGE_MODULE).consistency()
  )
  const summary = {
    synthetic: true,
    cooperatives: cooperatives.length,
    households: households.length,
    products: variants.length,
    batches: batches.length,
    orders_added: orders.orders,
    searchable_products: search.indexed,
    synthetic_ledger_rows: orders.ledger_rows,
    reconciliation: {
      run_id: reconciliation.run.id,
      orders_checked: reconciliation.orders_checked,
      differences: reconciliation.differences.length,
    },
    linkage,
    linkage_consistency: Object.fromEntries(
      Object.entries(consistency).map(([list, rows]) => [list, rows.length])
    ) as Record<keyof typeof consistency, number>,
    phases_s: phases,
  }
  logger.info(`seed:scale summary ${JSON.stringify(summary, null, 2)}`)
  return summary
}
