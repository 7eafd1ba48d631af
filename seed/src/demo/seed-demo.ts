import { ensureCustomer, ensureReviewer, DEMO_LOGINS } from "./accounts"
import { ensureBatches } from "./batches"
import { type Container, type DemoContext, loggerOf, progress } from "./context"
import { ensureCooperative } from "./cooperatives"
import { ensureCounties } from "./counties"
import { DEMO_COOPERATIVES } from "./data/catalog"
import { ensureHouseholds, makeHousehold } from "./households"
import { ensureCategories, ensureProduct } from "./products"
import type { BaseStore } from "../base-store"
import { ensureHistoricalOrders } from "./orders"
import { ensureAgreements, ensurePayouts } from "./linkage"
import { seededRandom } from "./random"

export type DemoSeedOptions = {
  password: string
  // About 300 in the demo; tests use fewer for speed.
  households?: number
  // Harvest dates are relative to this moment (ms since epoch).
  now?: number
  // Historical orders need the base store; about 200 in the demo.
  store?: BaseStore
  orders?: number
}

export type DemoSeedSummary = {
  counties: number
  cooperatives: number
  households: number
  products: number
  batches: number
  orders: number
}

// The Sichuan demo marketplace, created through the project's own
// workflows (its historical orders in bulk: see orders.ts). Idempotent:
// everything is found by its natural key first, and the random choices are
// seeded, so a second run adds and changes nothing.
export async function seedDemo(
  container: Container,
  options: DemoSeedOptions
): Promise<DemoSeedSummary> {
  const logger = loggerOf(container)
  const now = options.now ?? Date.now()
  const householdTotal = options.households ?? 300
  const summary: DemoSeedSummary = {
    counties: 0,
    cooperatives: 0,
    households: 0,
    products: 0,
    batches: 0,
    orders: 0,
  }

  summary.counties = await ensureCounties(container)
  logger.info(`demo seed: counties (+${summary.counties})`)
  const provinceReviewerId = await ensureReviewer(
    container,
    DEMO_LOGINS.provinceReviewer,
    options.password
  )
  await ensureReviewer(
    container,
    DEMO_LOGINS.prefectureReviewer,
    options.password
  )
  await ensureReviewer(container, DEMO_LOGINS.countyReviewer, options.password)
  await ensureCustomer(container, options.password)
  const ctx: DemoContext = {
    container,
    logger,
    password: options.password,
    provinceReviewerId,
  }
  const categories = await ensureCategories(container)

  const perCooperative = Math.max(
    3,
    Math.round(householdTotal / DEMO_COOPERATIVES.length)
  )
  let householdIndex = 0
  const paying: { id: string; ownerId: string; county_code: string }[] = []
  let agreements = 0
  for (const [i, coop] of DEMO_COOPERATIVES.entries()) {
    const cooperative = await ensureCooperative(ctx, coop)
    if (cooperative.created) summary.cooperatives++
    // Separate seeded streams per cooperative: what a re-run skips must not
    // shift the draws of anything after it.
    const people = seededRandom(20201123 + i)
    const choices = seededRandom(19491001 + i)
    const planned = Array.from({ length: perCooperative }, () =>
      makeHousehold(coop.county_code, householdIndex++, people)
    )
    const before = summary.households
    const members = await ensureHouseholds(ctx, cooperative, planned, choices)
    summary.households = before + members.length
    // Agreements before batches: a batch's purchase price is checked
    // against the floors in force at harvest.
    agreements += await ensureAgreements(
      ctx,
      cooperative,
      members,
      coop.products[0].unit,
      now
    )
    paying.push({ ...cooperative, county_code: coop.county_code })
    for (const product of coop.products) {
      const created = await ensureProduct(ctx, cooperative, product, categories)
      summary.products++
      summary.batches += await ensureBatches(
        ctx,
        cooperative,
        coop,
        product,
        created,
        members,
        choices,
        now
      )
    }
    progress(logger, "cooperatives", i + 1, DEMO_COOPERATIVES.length)
  }
  const payouts = await ensurePayouts(ctx, paying, now)
  logger.info(
    `demo seed: benefit linkage (+${agreements} agreements, +${payouts} payouts)`
  )
  if (options.store) {
    summary.orders = await ensureHistoricalOrders(container, options.store, {
      count: options.orders ?? 200,
      now,
    })
  }
  logger.info(
    `demo seed: ${summary.cooperatives} new cooperatives, ${summary.households} households, ${summary.products} products, ${summary.batches} new batches, ${summary.orders} new orders`
  )
  return summary
}
