// What the backend's report and impact routes answer, as the console and
// the storefront read them. The backend types its views with these, so a
// change to an answer is a compile error in every app that reads it.
// Amounts are integer fen; household heads are masked before they leave.

export type Grain = "day" | "month" | "year"
export type AttributionGroup = "county" | "cooperative" | "household"

export type ReportPage = { count: number; offset: number; limit: number }

export type Money = { sales: number; refunds: number; net: number }

// The household columns of any report row that carries a household.
export type HouseholdFields = {
  household_id: string | null
  registry_number: string | null
  county_code: string | null
  village: string | null
  head_name: string | null
  member_count: number | null
  status: string | null
}

// GET /bureau/reports/attribution (and /vendor/attribution's views).
export type CountyAttributionRow = Money & {
  period: string
  key: string
  name: string | null
  name_en: string | null
  // Of net, what the shares of unverified suppliers earned: households a
  // cooperative entered that are not verified against the registry (or
  // were rejected). Never counted as a registered household's income.
  unverified: number
}

export type CooperativeAttributionRow = CountyAttributionRow & {
  handle: string | null
  county_code: string | null
}

export type HouseholdAttributionRow = Money &
  Omit<HouseholdFields, "household_id"> & {
    period: string
    key: string
    // The key again: a household row always names its household.
    household_id: string
    // pending / verified / rejected: a cooperative's own view lists its
    // unverified suppliers too; bureau reports list verified ones only.
    verification: string | null
  }

export type AttributionRowFor = {
  county: CountyAttributionRow
  cooperative: CooperativeAttributionRow
  household: HouseholdAttributionRow
}

export type AttributionReport<G extends AttributionGroup> = ReportPage & {
  attribution: AttributionRowFor[G][]
  from: string
  to: string
  grain: Grain
  group_by: G
  // unverified: what unverified suppliers' shares earned in the scope
  // (inside net by county and cooperative; left out of it by household).
  totals: Money & { unverified: number }
}

// GET /bureau/reports/poverty-line: income is what the household confirmed
// receiving from cooperatives in the year (purchases, wages, dividends,
// rent; the registry's other income joins it when it holds some); shop
// revenue traced to it is shown beside, never counted as income. A lifted
// household (status "lifted") is shown as such and never counted below.
export type PovertyLineRow = HouseholdFields & {
  // What the household confirmed receiving from cooperatives.
  income: number
  // Other income the registry records for the year (wages elsewhere,
  // transfers, property), and the two together, per member against the line.
  other_income: number
  income_total: number
  income_per_member: number
  revenue: number
  revenue_per_member: number
  poverty_line: number | null
  line_coverage_bp: number | null
  below_line: boolean | null
}

export type PovertyLineReport = ReportPage & {
  households: PovertyLineRow[]
  year: number
  poverty_line: { year: number; amount: number } | null
}

// GET /bureau/reports/omitted
export type OmittedReport = ReportPage & {
  households: HouseholdFields[]
  from: string
  to: string
}

// GET /bureau/reports/income-decline
export type DeclineRow = HouseholdFields & {
  previous_income: number
  current_income: number
  change: number
}

export type IncomeDeclineReport = ReportPage & {
  households: DeclineRow[]
  year: number
  previous_year: number
  // Households with income in the previous year: 0 means nothing to
  // compare, not that no income fell.
  previous_year_households: number
}

// GET /bureau/reports/concentration
export type ConcentrationReport = {
  concentration: {
    from: string
    to: string
    households_with_income: number
    top_decile_households: number
    top_decile_income: number
    total_income: number
    top_decile_share_bp: number
    deciles: { decile: number; households: number; income: number }[]
  }
}

// GET /vendor/attribution: the cooperative's own dashboard.
export type CooperativeTotals = {
  net: number
  // To member households verified against the registry.
  to_households: number
  // To member households not verified (pending or rejected): neither a
  // registered household's income nor the cooperative's own.
  to_unverified_suppliers: number
  cooperative_remainder: number
}

export type CooperativePeriodReport = ReportPage & {
  from: string
  to: string
  grain: Grain
  totals: CooperativeTotals
  households_reached: number
}

// view=month: each month also says what of it reached households.
export type MonthAttributionRow = CooperativeAttributionRow & {
  to_households: number
}

// view=batch: all-time money per batch, newest harvest first.
export type BatchAttributionRow = Money & {
  batch_id: string
  trace_code: string
  harvested_at: string
  village: string
  quantity: number
  unit: string
  stock_quantity: number
  allocated_quantity: number
}

// GET /store/impact: what the platform has attributed so far, and what
// cooperatives paid their member households (less reversals) and the
// households confirmed on their slips.
export type PlatformImpact = {
  total: number
  // Registered households only (verified against the registry).
  to_households: number
  // Shares of households not verified against the registry.
  to_unverified_suppliers: number
  households: number
  counties: number
  cooperatives: number
  paid_to_households: number
  confirmed_by_households: number
}

// GET /store/orders/:id/impact: one order's receipt.
export type OrderImpact = {
  order_id: string
  recognized: boolean
  households: number
  to_households: number
  // Shares of suppliers not verified against the registry: neither
  // counted as households nor as the cooperatives' remainder.
  to_unverified_suppliers: number
  to_cooperatives: number
  total: number
  counties: {
    county_code: string
    households: number
    amount: number
    name_zh: string | null
    name_en: string | null
  }[]
  // What the cooperatives have paid so far the households that supplied
  // this order's batches, for the produce of those batches (whole batches,
  // not this order's share; sums only, never who): owed at the purchase
  // price, paid against it, and of that what the households confirmed.
  // Null when none of the batches had a purchase price.
  batch_payments: {
    households: number
    owed: number
    paid: number
    confirmed: number
  } | null
}

// --- The store (storefront) ---

// A county as the store API shows it; every answer that names one.
export type CountySummary = {
  code: string
  name_zh: string
  name_en: string
  prefecture_zh: string
  prefecture_en: string
  poverty_status: string | null
  lifted_year: number | null
  story_zh: string | null
  story_en: string | null
}

// GET /store/products/:id/provenance: a product's batches, oldest first.
export type BatchSummary = {
  trace_code: string
  variant_id: string
  variant_title: string
  village: string
  harvested_at: string
  quantity: number
  unit: string
  certifications: string[]
  registered_households: number
}

export type Provenance = {
  product_id: string
  cooperative: { name: string; handle: string; story: string | null }
  county: CountySummary | null
  registered_households: number
  batches: BatchSummary[]
  // The least the cooperative guarantees its members per unit of this
  // product's produce (fen), from its purchase agreements in force; null
  // when it guarantees none in that unit.
  guaranteed_floor: { amount: number; unit: string } | null
}

// GET /store/trace/:code: the page a QR label opens.
export type TraceEvent = {
  // Null for the harvest, which is recorded on the batch itself.
  id: string | null
  type: string
  occurred_at: string
  place: string | null
  actor: string | null
  note: string | null
  // A correcting event: the event it corrects, and why.
  corrects_event_id: string | null
  correction_reason: string | null
  // A corrected event: the event that corrects it.
  corrected_by: string | null
}

export type Trace = {
  code: string
  harvested_at: string
  village: string
  quantity: number
  unit: string
  certifications: string[]
  inspection: { agency: string; inspected_at: string; result: string } | null
  registered_households: number
  // Recorded in error and voided by its cooperative (nothing of it was ever
  // sold): a printed label still answers, saying so.
  voided: { at: string; reason: string } | null
  timeline: TraceEvent[]
  product: {
    id: string
    title: string
    handle: string
    thumbnail: string | null
    variant_title: string
  } | null
  cooperative: {
    name: string
    handle: string
    story: string | null
    logo_url: string | null
  }
  county: CountySummary | null
}

// GET /store/product-pages/:handle: everything the product page shows, in
// one answer. Prices are Medusa's (yuan, for the asked region; null without
// one); inventory_quantity is what the key's sales channel can sell (null
// when the variant's stock is not managed). The timeline is the oldest
// batch's, the one sold first.
export type ProductPageVariant = {
  id: string
  title: string
  manage_inventory: boolean
  inventory_quantity: number | null
  calculated_price: {
    calculated_amount: number | null
    original_amount: number | null
    currency_code: string | null
  } | null
}

export type ProductPage = {
  product: {
    id: string
    title: string
    handle: string
    description: string | null
    thumbnail: string | null
    images: { id: string; url: string }[]
    metadata: { title_en?: string; description_en?: string }
    variants: ProductPageVariant[]
  }
  provenance: Provenance
  timeline: TraceEvent[]
}

// GET /store/product-changes?since=: the products whose pages changed since
// then (the storefront's page cache drops them), and the time to ask from
// next.
export type ProductChanges = { product_ids: string[]; until: string }

// GET/POST /store/payout-slips/:token: what a payout slip's page shows.
export type PayoutSlip = {
  cooperative: string | null
  head_name: string | null
  amount: number
  kind: "purchase" | "wage" | "dividend" | "land_rent"
  paid_on: string
  expires_at: string
  expired: boolean
  withdrawn: boolean
  answer: {
    outcome: "confirmed" | "not_received" | "wrong_amount"
    responder: "household" | "first_secretary"
    created_at: string
  } | null
}

// GET /bureau/reports/late-payments and /floor-compliance: obligations
// one by one (fen; the household masked).
export type ObligationReportRow = {
  obligation_id: string
  cooperative_id: string
  cooperative_name: string | null
  household_id: string
  registry_number: string | null
  head_name: string | null
  village: string | null
  kind: "purchase" | "wage" | "dividend" | "land_rent"
  source_type: "batch" | "work" | "surplus" | "lease"
  // A batch id, or "<agreement id>:<period>" for wages, dividends and rent.
  source_id: string
  basis: string | null
  due_on: string
  days_overdue: number
  amount: number
  settled: number
  outstanding: number
  floor_amount: number | null
  floor_shortfall: number | null
}

// GET /bureau/reports/benefit: benefit linkage in a year per cooperative,
// county, or household of one cooperative (fen; the ratio in basis points,
// null without attributed revenue). `name` is the cooperative's, the
// county's code, or the household head's masked name.
export type BenefitRow = {
  group_by: "cooperative" | "county" | "household"
  cooperative_id: string | null
  household_id: string | null
  registry_number: string | null
  name: string
  county_code: string
  attributed_to_households: number
  obligations: number
  paid: number
  confirmed: number
  disputed: number
  unconfirmed: number
  outstanding: number
  // Of outstanding, what is unpaid longer than the late-payment window,
  // and the age in days of the oldest unpaid obligation.
  outstanding_late: number
  oldest_outstanding_days: number | null
  households_paid: number
  benefit_ratio_bp: number | null
  below_threshold: boolean
  // Floor-price compliance: produce paid below what the floor made it
  // worth once the window closed (how many obligations, and by how much).
  below_floor: number
  floor_shortfall: number
}
