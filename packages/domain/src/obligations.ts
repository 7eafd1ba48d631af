// What a cooperative owes a member household under an agreement for one
// period, in integer fen. Wages: days worked × the daily wage. Dividends:
// basis points of the year's surplus (rounded down: a share is never
// rounded up into money the cooperative does not have), or an amount per
// share × shares. Land rent: the rent per mu × the area in hundredths of
// a mu, rounded half up to the fen.

export type ObligationTerms = {
  kind: "purchase" | "wage" | "dividend" | "land_rent"
  daily_wage?: number | null
  surplus_share_bp?: number | null
  per_share_amount?: number | null
  shares?: number | null
  rent_per_mu?: number | null
  area_centi_mu?: number | null
}

export type PeriodFacts = { work_days?: number; surplus?: number }

// Null when the facts the kind needs are missing (or the kind is purchase,
// whose obligations come from batches).
export function periodObligation(
  terms: ObligationTerms,
  facts: PeriodFacts
): number | null {
  switch (terms.kind) {
    case "wage":
      return terms.daily_wage && facts.work_days
        ? terms.daily_wage * facts.work_days
        : null
    case "dividend":
      if (terms.surplus_share_bp) {
        return facts.surplus === undefined
          ? null
          : Math.floor((facts.surplus * terms.surplus_share_bp) / 10_000)
      }
      return terms.per_share_amount && terms.shares
        ? terms.per_share_amount * terms.shares
        : null
    case "land_rent":
      return terms.rent_per_mu && terms.area_centi_mu
        ? Math.round((terms.rent_per_mu * terms.area_centi_mu) / 100)
        : null
    default:
      return null
  }
}
