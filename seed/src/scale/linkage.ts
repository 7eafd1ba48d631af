import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LINKAGE_MODULE } from "../../../backend/src/modules/linkage"
import { STANDING } from "../../../backend/src/modules/linkage/rollup"
import type LinkageModuleService from "../../../backend/src/modules/linkage/service"
import type { Container } from "../demo/context"
import { PURCHASE_PRICE } from "../demo/linkage"
import type { ScaleBatch } from "./batches"
import type { ScaleCooperative } from "./cooperatives"
import {
  agreementIds,
  hasAgreement,
  linkageCalendar,
  type LinkageRows,
  planHouseholdLinkage,
  type PlannedHousehold,
  type Unit,
} from "./linkage-plan"
import { inChunks } from "./progress"

const CHUNK = 1000
// Payout entries an obligation ends up with on average under the plan's
// habits (instalments and corrections add some, what stays unpaid takes
// some away): sizes the months of wages so the ledger gets about the
// payouts asked for.
const PAYOUTS_PER_OBLIGATION = 0.96
const SYNTHETIC = "\\_SYN%"

type Column = [name: string, type: string]

const TIMES: Column[] = [
  ["created_at", "timestamptz"],
  ["updated_at", "timestamptz"],
]

// Each table's columns as the plan fills them, in insert order (foreign
// keys are not declared between them, but this is the order production
// writes them).
const TABLES: [keyof LinkageRows, string, Column[]][] = [
  [
    "agreements",
    "linkage_agreement",
    [
      ["id", "text"],
      ["cooperative_id", "text"],
      ["household_id", "text"],
      ["kind", "text"],
      ["floor_price", "int"],
      ["unit", "text"],
      ["daily_wage", "int"],
      ["per_share_amount", "int"],
      ["shares", "int"],
      ["rent_per_mu", "int"],
      ["area_centi_mu", "int"],
      ["starts_on", "timestamptz"],
      ["created_by", "text"],
      ...TIMES,
    ],
  ],
  [
    "obligations",
    "linkage_obligation",
    [
      ["id", "text"],
      ["cooperative_id", "text"],
      ["household_id", "text"],
      ["agreement_id", "text"],
      ["kind", "text"],
      ["amount", "int"],
      ["source_type", "text"],
      ["source_id", "text"],
      ["basis", "text"],
      ["due_on", "timestamptz"],
      ["settled", "int"],
      ["floor_amount", "int"],
      ...TIMES,
    ],
  ],
  [
    "payouts",
    "linkage_payout",
    [
      ["id", "text"],
      ["cooperative_id", "text"],
      ["household_id", "text"],
      ["agreement_id", "text"],
      ["kind", "text"],
      ["entry", "text"],
      ["amount", "int"],
      ["paid_on", "timestamptz"],
      ["method", "text"],
      ["reference", "text"],
      ["reverses_id", "text"],
      ["note", "text"],
      ["recorded_by", "text"],
      ...TIMES,
    ],
  ],
  [
    "settlements",
    "linkage_settlement",
    [
      ["id", "text"],
      ["payout_id", "text"],
      ["obligation_id", "text"],
      ["amount", "int"],
      ...TIMES,
    ],
  ],
  [
    "tokens",
    "linkage_confirmation_token",
    [
      ["id", "text"],
      ["payout_id", "text"],
      ["token_hash", "text"],
      ["expires_at", "timestamptz"],
      ["issued_by", "text"],
      ...TIMES,
    ],
  ],
  [
    "responses",
    "linkage_payout_response",
    [
      ["id", "text"],
      ["payout_id", "text"],
      ["token_id", "text"],
      ["outcome", "text"],
      ["responder", "text"],
      ["note", "text"],
      ["county_code", "text"],
      ...TIMES,
    ],
  ],
]

// One statement a table: every column as one array parameter, unnested.
async function insertRows(
  trx: Knex.Transaction,
  table: string,
  columns: Column[],
  rows: Record<string, unknown>[]
) {
  if (!rows.length) return
  await trx.raw(
    `insert into ${table} (${columns.map(([name]) => `"${name}"`).join(", ")})
     select * from unnest(${columns.map(([, type]) => `?::${type}[]`).join(", ")})`,
    columns.map(([name]) =>
      rows.map((row) => row[name] ?? null)
    ) as unknown as readonly Knex.RawBinding[]
  )
}

// The rebuild reads settlements by obligation and payouts by reversal:
// fresh statistics first, so PostgreSQL uses the module's plain indexes on
// those columns (Migration20261203140000) for a million rows.
async function withFreshStatistics<T>(knex: Knex, work: () => Promise<T>) {
  await knex.raw(
    "analyze linkage_settlement, linkage_payout, linkage_obligation"
  )
  return work()
}

export type LinkageSummary = {
  wage_months: number
  households_planned: number
  agreements: number
  obligations: number
  payouts: number
  reversals: number
  settlements: number
  slips: number
  answers: Record<string, number>
  rollups_rebuilt: boolean
}

// Each synthetic household's contributions, summed per batch.
function contributionsByHousehold(batches: ScaleBatch[]) {
  const byHousehold = new Map<string, PlannedHousehold["contributions"]>()
  for (const b of batches) {
    const perHousehold = new Map<string, number>()
    for (const c of b.contributions) {
      if (!c.household_id) continue
      perHousehold.set(
        c.household_id,
        (perHousehold.get(c.household_id) ?? 0) + c.quantity
      )
    }
    for (const [household, quantity] of perHousehold) {
      const list = byHousehold.get(household) ?? []
      list.push({
        batch_id: b.id,
        unit: b.variant.unit,
        harvested_at: b.harvested_at,
        quantity,
      })
      byHousehold.set(household, list)
    }
  }
  return byHousehold
}

// The unit most of a cooperative's batches are counted in: the one its
// purchase agreements guarantee a floor price for.
function usualUnits(batches: ScaleBatch[]) {
  const counts = new Map<string, Map<Unit, number>>()
  for (const b of batches) {
    const id = b.variant.cooperative.id
    const units = counts.get(id) ?? new Map<Unit, number>()
    units.set(b.variant.unit, (units.get(b.variant.unit) ?? 0) + 1)
    counts.set(id, units)
  }
  return new Map(
    [...counts].map(([id, units]) => [
      id,
      [...units].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0],
    ])
  )
}

// Benefit linkage for the synthetic households (see seed/README.md):
// prices the synthetic batches (what production requires once members
// have purchase agreements), then, 1,000 households a transaction, their
// agreements, obligations, about `payouts` payout entries with their
// settlements, and slips with answers, planned by planHouseholdLinkage and
// written as bulk inserts. A chunk whose agreements exist is skipped, so a
// re-run adds nothing. Last, the rollups are rebuilt from the ledger
// (REBUILD_ROLLUPS, through the module) when anything was added or they
// disagree with it.
export async function ensureScaleLinkage(
  container: Container,
  logger: Logger,
  input: {
    households: { id: string; county_code: string }[]
    cooperativeOf: (index: number) => ScaleCooperative
    batches: ScaleBatch[]
    payouts: number
    now: number
  }
): Promise<LinkageSummary> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const linkage = container.resolve<LinkageModuleService>(LINKAGE_MODULE)
  await knex.raw(
    `update batch set purchase_price = case unit
        ${Object.entries(PURCHASE_PRICE)
          .map(([unit, price]) => `when '${unit}' then ${price}`)
          .join(" ")} end,
       updated_at = now()
      where id = any(?::text[]) and purchase_price is null
        and unit in (${Object.keys(PURCHASE_PRICE)
          .map((u) => `'${u}'`)
          .join(", ")})`,
    [input.batches.map((b) => b.id)]
  )
  const contributions = contributionsByHousehold(input.batches)
  const units = usualUnits(input.batches)
  const count = input.households.length
  // Months of wages that bring the ledger to about `payouts` entries,
  // after the batches, dividends and leases.
  const probe = linkageCalendar(input.now, 0, input.now)
  let purchases = 0
  let wageHouseholds = 0
  let periodic = 0
  input.households.forEach((h, i) => {
    const has = hasAgreement(i)
    if (has.purchase) purchases += contributions.get(h.id)?.length ?? 0
    if (has.wage) wageHouseholds++
    if (has.dividend) periodic += probe.dividend.length
    if (has.land_rent) periodic += probe.landRent.length
  })
  const wageMonths = Math.max(
    1,
    Math.min(
      120,
      Math.round(
        (input.payouts / PAYOUTS_PER_OBLIGATION - purchases - periodic) /
          Math.max(1, wageHouseholds)
      )
    )
  )
  const oldestHarvest = input.batches.reduce(
    (oldest, b) => Math.min(oldest, b.harvested_at),
    input.now
  )
  const calendar = linkageCalendar(input.now, wageMonths, oldestHarvest)
  logger.info(
    `seed:scale linkage: ${wageMonths} months of wages (${calendar.wage[0]?.period ?? "–"} to ${calendar.wage.at(-1)?.period ?? "–"}) for ${wageHouseholds.toLocaleString("en")} households, aiming at ~${input.payouts.toLocaleString("en")} payouts`
  )
  let added = 0
  let addedPayouts = 0
  await inChunks(
    logger,
    "linkage",
    { from: 0, total: count, size: CHUNK },
    async (start, end) => {
      const ids = Array.from({ length: end - start }, (_, k) =>
        agreementIds(start + k)
      ).flat()
      if (!ids.length) return
      const done = await knex.raw(
        "select 1 from linkage_agreement where id = any(?::text[]) limit 1",
        [ids]
      )
      if (done.rows.length) return
      const planned = input.households.slice(start, end).map((h, k) =>
        planHouseholdLinkage(
          {
            index: start + k,
            id: h.id,
            county_code: h.county_code,
            cooperative: input.cooperativeOf(start + k),
            unit: units.get(input.cooperativeOf(start + k).id) ?? "kg",
            contributions: contributions.get(h.id) ?? [],
          },
          calendar
        )
      )
      const rows = Object.fromEntries(
        TABLES.map(([key]) => [key, planned.flatMap((p) => p[key])])
      ) as LinkageRows
      await knex.transaction(async (trx) => {
        for (const [key, table, columns] of TABLES) {
          await insertRows(trx, table, columns, rows[key])
        }
        added += end - start
        addedPayouts += rows.payouts.length
      })
    }
  )
  if (added) {
    logger.info(
      `seed:scale linkage: ${addedPayouts.toLocaleString("en")} payout entries added for ${added.toLocaleString("en")} households`
    )
  }
  // Fresh statistics first: planned on an empty table's, the anti-joins
  // below (and the rebuild's) become nested loops over the whole ledger.
  await knex.raw(
    `analyze ${TABLES.map(([, table]) => table).join(", ")}, linkage_rollup`
  )
  // The rollups, rebuilt from the ledger when rows were added or when what
  // they hold differs from the standing payments (a run cut short).
  const [{ kept, ledger }] = (
    await knex.raw(
      `select (select coalesce(sum(payments), 0) from linkage_rollup)::bigint as kept,
              (select count(*) from linkage_payout p where ${STANDING})::bigint as ledger`
    )
  ).rows
  const rebuild = added > 0 || Number(kept) !== Number(ledger)
  if (rebuild) {
    const started = Date.now()
    await withFreshStatistics(knex, () => linkage.rebuildRollups())
    logger.info(
      `seed:scale linkage: rollups rebuilt in ${Math.round((Date.now() - started) / 100) / 10} s`
    )
  }
  const [counts] = (
    await knex.raw(
      `select
        (select count(*) from linkage_agreement where id like 'lagr${SYNTHETIC}')::int as agreements,
        (select count(*) from linkage_obligation where id like 'oblig${SYNTHETIC}')::int as obligations,
        (select count(*) from linkage_payout where id like 'payout${SYNTHETIC}')::int as payouts,
        (select count(*) from linkage_payout where id like 'payout${SYNTHETIC}' and entry = 'reversal')::int as reversals,
        (select count(*) from linkage_settlement where id like 'settle${SYNTHETIC}')::int as settlements,
        (select count(*) from linkage_confirmation_token where id like 'pctok${SYNTHETIC}')::int as slips,
        (select jsonb_object_agg(outcome, n) from (
          select outcome, count(*)::int as n from linkage_payout_response
           where id like 'pcresp${SYNTHETIC}' group by outcome) a) as answers`
    )
  ).rows
  return {
    wage_months: wageMonths,
    households_planned: count,
    ...counts,
    answers: counts.answers ?? {},
    rollups_rebuilt: rebuild,
  }
}
