import { isValidIdNumber, normalizeIdNumber } from "./id-number"
import { headerFields, YUAN_TEXT, yuanTextToFen } from "./registry"

// Aid oversight: every stream of aid a household receives, from every
// helper, side by side with its marketplace income, and the rules that find
// what no single helper sees — omitted, multiple and repeated aid, riding
// two horses, villages out of balance — and the households to monitor
// against a return to poverty. Pure: the backend hands in the rows.

// Where aid comes from, with the words aid lists use.
export const AID_SOURCES = {
  pairing_support: ["pairing_support", "结对帮扶", "帮扶单位", "定点帮扶"],
  east_west: ["east_west", "东西部协作", "东西协作", "东西部扶贫协作"],
  minimum_allowance: ["minimum_allowance", "低保", "最低生活保障", "低保金"],
  micro_credit: ["micro_credit", "小额信贷", "扶贫小额信贷"],
  industrial_subsidy: [
    "industrial_subsidy",
    "产业补贴",
    "产业奖补",
    "产业扶持",
  ],
  education: ["education", "教育救助", "教育资助", "助学"],
  medical: ["medical", "医疗救助", "大病救助"],
  social_donation: ["social_donation", "社会捐赠", "捐赠"],
  other: ["other", "其他"],
} as const
export type AidSource = keyof typeof AID_SOURCES
export const AID_SOURCE_KINDS = Object.keys(AID_SOURCES) as AidSource[]

// Support a household has because it holds the poor-household card: what
// the minimum living allowance must not be combined with where the
// jurisdiction does not allow it ("riding two horses").
export const POOR_HOUSEHOLD_SUPPORT: readonly AidSource[] = [
  "pairing_support",
  "east_west",
  "micro_credit",
  "industrial_subsidy",
]

export function aidSourceOf(text: string): AidSource | null {
  const value = text.trim()
  return (
    (Object.entries(AID_SOURCES) as [AidSource, readonly string[]][]).find(
      ([, words]) => words.includes(value)
    )?.[0] ?? null
  )
}

// The columns of an aid list: our field names or the Chinese a list uses.
export const AID_HEADERS: Record<string, string[]> = {
  registry_number: ["registry_number", "户编号", "建档立卡编号", "户码"],
  id_number: ["id_number", "身份证号", "户主身份证号", "证件号码"],
  source_kind: ["source_kind", "帮扶类别", "来源类别", "资金类别"],
  giver: ["giver", "帮扶主体", "帮扶单位", "发放单位"],
  purpose: ["purpose", "用途", "帮扶项目", "项目名称"],
  amount: ["amount", "金额", "金额（元）", "金额(元)"],
  in_kind: ["in_kind", "实物", "实物内容"],
  given_on: ["given_on", "发放日期", "日期"],
  reference: ["reference", "凭证号", "参考号", "单据号"],
}

// The most one aid record may be worth: 10,000,000 yuan, in fen.
export const AID_MAX_FEN = 1_000_000_000

const AID_REQUIRED = [
  "source_kind",
  "giver",
  "purpose",
  "amount",
  "given_on",
  "reference",
] as const

// An aid record as written: the household by its registry number or by
// its head's ID number (the backend hashes that at once), the value in fen
// (for aid in kind, its value in yuan as the list gives it).
export type AidRow = {
  registry_number: string | null
  id_number: string | null
  source_kind: AidSource
  giver: string
  purpose: string
  amount: number
  in_kind: string | null
  given_on: string
  reference: string
}

export type AidRowError = { row: number; field: string; reason: string }

export function aidColumns(
  header: string[]
): { columns: (string | null)[] } | { error: string } {
  const columns = headerFields(header, AID_HEADERS)
  const missing: string[] = AID_REQUIRED.filter((f) => !columns.includes(f))
  if (!columns.includes("registry_number") && !columns.includes("id_number")) {
    missing.unshift("registry_number or id_number")
  }
  return missing.length
    ? { error: `missing column(s): ${missing.join(", ")}` }
    : { columns }
}

// Today's date where the bureaus are (China Standard Time, UTC+8), as
// YYYY-MM-DD: a reviewer entering today's date at 07:00 in Chengdu means
// today, not tomorrow in UTC.
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}

// A calendar date as YYYY-MM-DD, from 2013 (the registry's first year) to
// `today`; 2026/3/5 and 2026.3.5 are read too. Null when it is none.
export function aidDate(text: string, today: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim())
  if (!m) return null
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
    return null
  return iso >= "2013-01-01" && iso <= today ? iso : null
}

// One row (cells by field) checked and converted; `row` is its line for the
// error report, which names the field and never the value.
export function parseAidRow(
  cells: Record<string, string | undefined>,
  row: number,
  today = chinaToday()
): { row: AidRow } | { errors: AidRowError[] } {
  const errors: AidRowError[] = []
  const fail = (field: string, reason: string) =>
    errors.push({ row, field, reason })
  const text = (field: string) => (cells[field] ?? "").trim()
  for (const field of AID_REQUIRED) {
    if (!text(field)) fail(field, "is required")
  }
  const registryNumber = text("registry_number")
  const idNumber = text("id_number")
  if (!registryNumber && !idNumber) {
    fail("registry_number", "is required (or the head's id_number)")
  }
  if (registryNumber && !/^[0-9A-Za-z-]{4,40}$/.test(registryNumber)) {
    fail("registry_number", "must be 4–40 letters, digits or dashes")
  }
  if (idNumber && !isValidIdNumber(idNumber)) {
    fail(
      "id_number",
      "is not a valid resident ID number (GB 11643 check digit)"
    )
  }
  const kindText = text("source_kind")
  const kind = kindText ? aidSourceOf(kindText) : null
  if (kindText && !kind) {
    fail("source_kind", `must be one of ${AID_SOURCE_KINDS.join(", ")}`)
  }
  for (const [field, max] of [
    ["giver", 100],
    ["purpose", 100],
    ["reference", 64],
    ["in_kind", 200],
  ] as const) {
    const value = text(field)
    if (value.length > max || /[\p{Cc}]/u.test(value)) {
      fail(field, `must be at most ${max} printable characters`)
    }
  }
  const amountText = text("amount").replace(/,/g, "")
  if (amountText && !YUAN_TEXT.test(amountText)) {
    fail("amount", "must be an amount in yuan with at most two decimals")
  } else if (amountText && yuanTextToFen(amountText) === 0) {
    fail("amount", "must be more than zero")
  } else if (amountText && yuanTextToFen(amountText) > AID_MAX_FEN) {
    fail("amount", "must be at most 10,000,000 yuan")
  }
  const dateText = text("given_on")
  const givenOn = dateText ? aidDate(dateText, today) : null
  if (dateText && !givenOn) {
    fail("given_on", `must be a date from 2013-01-01 to ${today}`)
  }
  if (errors.length) return { errors }
  return {
    row: {
      registry_number: registryNumber || null,
      id_number: registryNumber ? null : normalizeIdNumber(idNumber),
      source_kind: kind as AidSource,
      giver: text("giver"),
      purpose: text("purpose"),
      amount: yuanTextToFen(amountText),
      in_kind: text("in_kind") || null,
      given_on: givenOn as string,
      reference: text("reference"),
    },
  }
}

// ---------------------------------------------------------------------
// Rules

export const FLAG_RULES = [
  "omitted",
  "multiple",
  "repeated",
  "two_horses",
  "imbalance",
] as const
export type FlagRule = (typeof FLAG_RULES)[number]

// The national monitoring categories (防止返贫监测对象).
export const CASE_CATEGORIES = [
  "unstable_lifted",
  "edge",
  "sudden_hardship",
] as const
export type CaseCategory = (typeof CASE_CATEGORIES)[number]

export const CASE_TRIGGERS = ["low_income", "income_drop", "shock"] as const
export type CaseTrigger = (typeof CASE_TRIGGERS)[number]

export const SHOCK_KINDS = [
  "illness",
  "disability",
  "disaster",
  "accident",
] as const
export type ShockKind = (typeof SHOCK_KINDS)[number]

// What a case met to be closed (风险消除): at least one is stated.
export const EXIT_CRITERIA = [
  "income_above_band",
  "risk_eliminated",
  "assistance_in_place",
  "assurances_secured",
  "not_eligible",
] as const
export type ExitCriterion = (typeof EXIT_CRITERIA)[number]

// Why a reviewer resolved a flag.
export const FLAG_RESOLUTIONS = [
  "confirmed_corrected",
  "justified",
  "data_error",
  "not_an_issue",
] as const
export type FlagResolution = (typeof FLAG_RESOLUTIONS)[number]

export type OversightSettings = {
  // multiple: this many distinct givers in a year …
  multiple_givers: number
  // … or a total above this percentile of the county's households (only
  // in a county with at least `percentile_min_households`).
  multiple_percentile: number
  percentile_min_households: number
  // repeated: the same purpose again within this many days; sources paid
  // by the month by nature are exempt.
  repeated_window_days: number
  repeated_exempt: AidSource[]
  // riding two horses: whether the jurisdiction allows the minimum living
  // allowance together with poor-household support (a household the
  // registry marks dual_support is allowed it whatever this says).
  two_horses_allowed: boolean
  // imbalance: a village's aid per member above `imbalance_high` or below
  // `imbalance_low` times its township's, in percent.
  imbalance_high_percent: number
  imbalance_low_percent: number
  // monitoring: per-member income under this percent of the poverty line,
  // or down more than `income_drop_percent` on the year before.
  edge_band_percent: number
  income_drop_percent: number
}

export const DEFAULT_OVERSIGHT_SETTINGS: OversightSettings = {
  multiple_givers: 3,
  multiple_percentile: 95,
  percentile_min_households: 20,
  repeated_window_days: 90,
  repeated_exempt: ["minimum_allowance"],
  two_horses_allowed: false,
  imbalance_high_percent: 200,
  imbalance_low_percent: 50,
  edge_band_percent: 150,
  income_drop_percent: 30,
}

// A registered household of one county as the rules see it.
export type OversightHousehold = {
  id: string
  county_code: string
  township: string
  village: string
  status: "registered" | "lifted" | "monitored" | "returned"
  member_count: number
  // The registry allows the minimum living allowance beside poor-household
  // support for this household (兜底保障).
  dual_support?: boolean | null
}

export type OversightAid = {
  id: string
  household_id: string
  source_kind: AidSource
  giver: string
  purpose: string
  amount: number
  given_on: string
}

// A household's income in a year beside its aid: marketplace revenue
// attributed to it, payouts it confirmed on its slips, and the registry's
// other income (null when the registry has no row for the year).
export type OversightIncome = {
  revenue: number
  payouts: number
  other: number | null
}

export type OversightInput = {
  year: number
  households: OversightHousehold[]
  aid: OversightAid[]
  income: Map<string, OversightIncome>
  previous_income: Map<string, OversightIncome>
  // The poverty line per person for the year, fen.
  line: number | null
  settings: OversightSettings
}

// A flag the rules found: its subject (a household, or a village for
// imbalance), the evidence (aid record ids and figures) and a key that
// changes only when the evidence does.
export type FoundFlag = {
  rule: FlagRule
  subject: string
  household_id: string | null
  county_code: string
  township: string
  village: string
  aid_ids: string[]
  figures: Record<string, number | string>
  evidence_key: string
}

export type FoundCase = {
  household_id: string
  county_code: string
  township: string
  category: Exclude<CaseCategory, "sudden_hardship">
  triggers: CaseTrigger[]
  figures: Record<string, number>
  evidence_key: string
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000

// Purposes compared without case, spaces or punctuation.
export const purposeKey = (purpose: string) =>
  purpose.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "")

// The value at a percentile of sorted numbers (nearest rank).
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

// A household's income as the poverty-line view counts it: what it
// confirmed receiving from cooperatives (slips) and the registry's income
// from outside. Revenue attributed to it is what its produce sold for, not
// money it received, and is never counted.
export function incomeOf(i: OversightIncome | undefined): number {
  return i ? i.payouts + (i.other ?? 0) : 0
}

// Every flag and monitoring case one county's figures give for a year.
export function evaluateOversight(input: OversightInput): {
  flags: FoundFlag[]
  cases: FoundCase[]
} {
  const { settings: s, year } = input
  const from = `${year}-01-01`
  const to = `${year}-12-31`
  const byHousehold = new Map<string, OversightAid[]>()
  for (const aid of input.aid) {
    if (aid.given_on < from || aid.given_on > to) continue
    const list = byHousehold.get(aid.household_id)
    if (list) list.push(aid)
    else byHousehold.set(aid.household_id, [aid])
  }
  const flags: FoundFlag[] = []
  const cases: FoundCase[] = []
  const flag = (
    h: OversightHousehold,
    rule: FlagRule,
    aid: OversightAid[],
    figures: FoundFlag["figures"]
  ) => {
    const ids = [...new Set(aid.map((a) => a.id))].sort()
    flags.push({
      rule,
      subject: h.id,
      household_id: h.id,
      county_code: h.county_code,
      township: h.township,
      village: h.village,
      aid_ids: ids,
      figures,
      evidence_key: ids.join(",") || "none",
    })
  }
  const totals = input.households.map((h) =>
    (byHousehold.get(h.id) ?? []).reduce((sum, a) => sum + a.amount, 0)
  )
  const sorted = [...totals].sort((a, b) => a - b)
  const threshold =
    input.households.length >= s.percentile_min_households
      ? percentile(sorted, s.multiple_percentile)
      : Infinity
  const band =
    input.line === null
      ? null
      : Math.floor((input.line * s.edge_band_percent) / 100)

  input.households.forEach((h, index) => {
    const aid = byHousehold.get(h.id) ?? []
    const income = input.income.get(h.id)
    const marketplace = (income?.revenue ?? 0) + (income?.payouts ?? 0)
    if (h.status !== "lifted" && !aid.length && marketplace <= 0) {
      flag(h, "omitted", [], { aid_records: 0, marketplace: 0 })
    }
    const givers = new Set(aid.map((a) => `${a.source_kind}|${a.giver}`))
    const total = totals[index]
    if (
      aid.length &&
      (givers.size >= s.multiple_givers || (total > threshold && total > 0))
    ) {
      flag(h, "multiple", aid, {
        givers: givers.size,
        total,
        ...(Number.isFinite(threshold) ? { percentile_value: threshold } : {}),
      })
    }
    const exempt = new Set(s.repeated_exempt)
    const byPurpose = new Map<string, OversightAid[]>()
    for (const a of aid) {
      if (exempt.has(a.source_kind)) continue
      const key = purposeKey(a.purpose)
      byPurpose.set(key, [...(byPurpose.get(key) ?? []), a])
    }
    const repeated: OversightAid[] = []
    for (const list of byPurpose.values()) {
      const ordered = [...list].sort((a, b) =>
        a.given_on === b.given_on
          ? a.id.localeCompare(b.id)
          : a.given_on.localeCompare(b.given_on)
      )
      for (let i = 1; i < ordered.length; i++) {
        const gap =
          dayNumber(ordered[i].given_on) - dayNumber(ordered[i - 1].given_on)
        if (gap <= s.repeated_window_days) {
          repeated.push(ordered[i - 1], ordered[i])
        }
      }
    }
    if (repeated.length) {
      flag(h, "repeated", repeated, {
        records: new Set(repeated.map((a) => a.id)).size,
        window_days: s.repeated_window_days,
      })
    }
    if (!s.two_horses_allowed) {
      const allowance = aid.filter((a) => a.source_kind === "minimum_allowance")
      const support = aid.filter((a) =>
        POOR_HOUSEHOLD_SUPPORT.includes(a.source_kind)
      )
      if (
        h.status !== "lifted" &&
        h.dual_support !== true &&
        allowance.length &&
        support.length
      ) {
        flag(h, "two_horses", [...allowance, ...support], {
          allowance: allowance.reduce((sum, a) => sum + a.amount, 0),
          support: support.reduce((sum, a) => sum + a.amount, 0),
        })
      }
    }

    // Monitoring: lifted households (unstable) and monitored ones (edge)
    // whose income the bureau knows for the year.
    if (h.status !== "lifted" && h.status !== "monitored") return
    const triggers: CaseTrigger[] = []
    const known = income && (income.other !== null || income.payouts > 0)
    const current = incomeOf(income)
    const perMember = Math.floor(current / Math.max(1, h.member_count))
    if (known && band !== null && perMember < band) triggers.push("low_income")
    const before = incomeOf(input.previous_income.get(h.id))
    if (
      known &&
      before > 0 &&
      current * 100 < before * (100 - s.income_drop_percent)
    ) {
      triggers.push("income_drop")
    }
    if (triggers.length) {
      cases.push({
        household_id: h.id,
        county_code: h.county_code,
        township: h.township,
        category: h.status === "lifted" ? "unstable_lifted" : "edge",
        triggers,
        figures: {
          income: current,
          per_member: perMember,
          previous_income: before,
          ...(band !== null ? { band } : {}),
        },
        evidence_key: `${triggers.join("+")}:${current}:${before}`,
      })
    }
  })

  // Imbalance: each village's aid per member against its township's.
  type Area = { aid: number; members: number; households: number }
  const villages = new Map<string, Area & { h: OversightHousehold }>()
  const townships = new Map<string, Area & { villages: number }>()
  input.households.forEach((h, index) => {
    const vKey = `${h.township}\u0000${h.village}`
    const v = villages.get(vKey) ?? { aid: 0, members: 0, households: 0, h }
    v.aid += totals[index]
    v.members += Math.max(1, h.member_count)
    v.households++
    villages.set(vKey, v)
    const t = townships.get(h.township) ?? {
      aid: 0,
      members: 0,
      households: 0,
      villages: 0,
    }
    t.aid += totals[index]
    t.members += Math.max(1, h.member_count)
    t.households++
    townships.set(h.township, t)
  })
  for (const v of villages.values()) townships.get(v.h.township)!.villages++
  for (const v of villages.values()) {
    const t = townships.get(v.h.township)!
    if (t.villages < 2 || t.aid <= 0) continue
    const villagePer = Math.floor(v.aid / v.members)
    const townshipPer = Math.floor(t.aid / t.members)
    const ratio = Math.round((v.aid * t.members * 100) / (v.members * t.aid))
    if (ratio > s.imbalance_high_percent || ratio < s.imbalance_low_percent) {
      const subject = `${v.h.county_code}/${v.h.township}/${v.h.village}`
      flags.push({
        rule: "imbalance",
        subject,
        household_id: null,
        county_code: v.h.county_code,
        township: v.h.township,
        village: v.h.village,
        aid_ids: [],
        figures: {
          village_per_member: villagePer,
          township_per_member: townshipPer,
          percent_of_township: ratio,
          households: v.households,
        },
        evidence_key: `${ratio > s.imbalance_high_percent ? "high" : "low"}`,
      })
    }
  }
  return { flags, cases }
}
