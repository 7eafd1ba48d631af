import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

// Platform impact for the home page: all money attributed so far, how much
// reached registered households, how many households, counties and
// cooperatives. Read from the yearly rollups (a row per household and year,
// or per cooperative and year for the totals).
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const totals = await knex
    .with(
      "per_household",
      knex("attribution_household_rollup")
        .where("grain", "year")
        .groupBy("household_id", "county_code")
        .select("household_id", "county_code")
        .sum({ net: knex.raw("sales - refunds") })
    )
    .select(
      knex.raw(
        "(select coalesce(sum(sales - refunds), 0) from attribution_cooperative_rollup where grain = 'year')::bigint as total"
      ),
      knex.raw(
        "(select coalesce(sum(net), 0) from per_household)::bigint as to_households"
      ),
      knex.raw(
        "(select count(*) from per_household where net > 0)::int as households"
      ),
      knex.raw(
        "(select count(distinct county_code) from per_household where net > 0)::int as counties"
      ),
      knex.raw(
        "(select count(distinct cooperative_id) from attribution_cooperative_rollup where grain = 'year')::int as cooperatives"
      )
    )
    .first()
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({
    impact: {
      total: Number(totals?.total ?? 0),
      to_households: Number(totals?.to_households ?? 0),
      households: Number(totals?.households ?? 0),
      counties: Number(totals?.counties ?? 0),
      cooperatives: Number(totals?.cooperatives ?? 0),
    },
  })
}
