import { parseRegistryRow } from "../registry"
import {
  aidColumns,
  chinaToday,
  DEFAULT_OVERSIGHT_SETTINGS,
  evaluateOversight,
  type OversightAid,
  type OversightHousehold,
  type OversightIncome,
  parseAidRow,
  percentile,
} from "../oversight"

const household = (
  id: string,
  over: Partial<OversightHousehold> = {}
): OversightHousehold => ({
  id,
  county_code: "513431",
  township: "乡一",
  village: "村甲",
  status: "registered",
  member_count: 4,
  ...over,
})

let next = 0
const aid = (
  household_id: string,
  over: Partial<OversightAid> = {}
): OversightAid => ({
  id: `aid${String(++next).padStart(4, "0")}`,
  household_id,
  source_kind: "industrial_subsidy",
  giver: "县农业农村局",
  purpose: "种苗补贴",
  amount: 100_000,
  given_on: "2026-03-01",
  ...over,
})

const income = (payouts: number, other: number | null = null, revenue = 0) =>
  ({ revenue, payouts, other }) satisfies OversightIncome

// One household per rule, and households that must not be flagged.
function fixture() {
  next = 0
  const households = [
    household("omitted"),
    household("lifted-nothing", { status: "lifted" }),
    household("many-givers"),
    household("repeated"),
    household("twice-far-apart"),
    household("two-horses"),
    // The registry allows this one both (兜底保障).
    household("allowed-both", { dual_support: true }),
    household("allowance-only"),
    household("quiet"),
    household("marketplace-only"),
  ]
  const records = [
    aid("many-givers", {
      giver: "成都市某局",
      source_kind: "pairing_support",
      purpose: "慰问",
    }),
    aid("many-givers", {
      giver: "浙江某区",
      source_kind: "east_west",
      purpose: "产业",
    }),
    aid("many-givers", {
      giver: "某基金会",
      source_kind: "social_donation",
      purpose: "助学金",
    }),
    aid("repeated", {
      giver: "甲单位",
      purpose: "春耕 种苗补贴",
      given_on: "2026-03-01",
    }),
    aid("repeated", {
      giver: "乙单位",
      purpose: "春耕种苗补贴",
      given_on: "2026-04-15",
    }),
    aid("twice-far-apart", { purpose: "种苗补贴", given_on: "2026-01-10" }),
    aid("twice-far-apart", { purpose: "种苗补贴", given_on: "2026-09-10" }),
    aid("two-horses", {
      source_kind: "minimum_allowance",
      giver: "民政局",
      purpose: "低保金",
      given_on: "2026-01-05",
    }),
    aid("two-horses", {
      source_kind: "minimum_allowance",
      giver: "民政局",
      purpose: "低保金",
      given_on: "2026-02-05",
    }),
    aid("two-horses", {
      source_kind: "micro_credit",
      giver: "信用社",
      purpose: "贴息",
    }),
    aid("allowed-both", {
      source_kind: "minimum_allowance",
      giver: "民政局",
      purpose: "低保金",
    }),
    aid("allowed-both", { source_kind: "micro_credit", giver: "信用社" }),
    aid("allowance-only", {
      source_kind: "minimum_allowance",
      giver: "民政局",
      purpose: "低保金",
      given_on: "2026-01-05",
    }),
    aid("allowance-only", {
      source_kind: "minimum_allowance",
      giver: "民政局",
      purpose: "低保金",
      given_on: "2026-02-05",
    }),
    aid("quiet", { given_on: "2026-05-01" }),
    // Last year's aid is not this year's.
    aid("omitted", { given_on: "2025-12-31" }),
  ]
  // Revenue attributed from the shop is marketplace income too.
  const incomes = new Map([["marketplace-only", income(0, null, 5_000)]])
  return { households, records, incomes }
}

const run = (
  f: ReturnType<typeof fixture>,
  over: Partial<Parameters<typeof evaluateOversight>[0]> = {}
) =>
  evaluateOversight({
    year: 2026,
    households: f.households,
    aid: f.records,
    income: f.incomes,
    previous_income: new Map(),
    line: 400_000,
    settings: DEFAULT_OVERSIGHT_SETTINGS,
    ...over,
  })

describe("aid oversight rules", () => {
  it("flags exactly one household per rule and none of the others", () => {
    const { flags } = run(fixture())
    expect(flags.map((f) => `${f.rule}:${f.subject}`).sort()).toEqual([
      "multiple:many-givers",
      "omitted:omitted",
      "repeated:repeated",
      "two_horses:two-horses",
    ])
    const repeated = flags.find((f) => f.rule === "repeated")!
    expect(repeated.aid_ids).toEqual(["aid0004", "aid0005"])
    expect(repeated.evidence_key).toBe("aid0004,aid0005")
    expect(flags.find((f) => f.rule === "two_horses")!.figures).toEqual({
      allowance: 200_000,
      support: 100_000,
    })
  })

  it("is deterministic: the same figures give the same flags and keys", () => {
    expect(run(fixture())).toEqual(run(fixture()))
  })

  it("follows the jurisdiction's settings", () => {
    const f = fixture()
    const relaxed = run(f, {
      settings: {
        ...DEFAULT_OVERSIGHT_SETTINGS,
        two_horses_allowed: true,
        repeated_window_days: 300,
        multiple_givers: 4,
      },
    })
    expect(relaxed.flags.map((x) => `${x.rule}:${x.subject}`).sort()).toEqual([
      "omitted:omitted",
      "repeated:repeated",
      "repeated:twice-far-apart",
    ])
  })

  it("flags a total above the county's percentile only where the county is large enough", () => {
    const households = Array.from({ length: 20 }, (_, i) => household(`h${i}`))
    const records = households.map((h, i) =>
      aid(h.id, { amount: i === 19 ? 9_000_000 : 10_000 + i })
    )
    const { flags } = evaluateOversight({
      year: 2026,
      households,
      aid: records,
      income: new Map(),
      previous_income: new Map(),
      line: null,
      settings: { ...DEFAULT_OVERSIGHT_SETTINGS, imbalance_high_percent: 1e9 },
    })
    expect(flags.map((x) => `${x.rule}:${x.subject}`)).toEqual(["multiple:h19"])
    const small = evaluateOversight({
      year: 2026,
      households: households.slice(10),
      aid: records.slice(10),
      income: new Map(),
      previous_income: new Map(),
      line: null,
      settings: DEFAULT_OVERSIGHT_SETTINGS,
    })
    expect(small.flags.filter((x) => x.rule === "multiple")).toEqual([])
    expect(percentile([1, 2, 3, 4], 50)).toBe(2)
    expect(percentile([], 95)).toBe(0)
  })

  it("flags a village far above its township's aid per member", () => {
    next = 0
    const households = [
      household("a1", { village: "富村" }),
      household("a2", { village: "富村" }),
      household("b1", { village: "穷村" }),
      household("b2", { village: "穷村" }),
      household("c1", { village: "中村" }),
    ]
    const records = [
      aid("a1", { amount: 900_000 }),
      aid("a2", { amount: 900_000, purpose: "其他" }),
      aid("b1", { amount: 10_000 }),
      aid("c1", { amount: 100_000 }),
    ]
    const { flags } = evaluateOversight({
      year: 2026,
      households,
      aid: records,
      income: new Map(),
      previous_income: new Map(),
      line: null,
      settings: DEFAULT_OVERSIGHT_SETTINGS,
    })
    const imbalance = flags.filter((x) => x.rule === "imbalance")
    // 富村 has 1,800,000 for 8 members against the township's 1,910,000
    // for 20: 236% of it; 中村 26%, 穷村 1%.
    expect(
      imbalance.map((x) => [x.subject, x.figures.percent_of_township]).sort()
    ).toEqual([
      ["513431/乡一/中村", 26],
      ["513431/乡一/富村", 236],
      ["513431/乡一/穷村", 1],
    ])
    // Without 中村, 富村 is 199% of its township: not flagged.
    const rich = evaluateOversight({
      year: 2026,
      households: households.slice(0, 4),
      aid: records.slice(0, 3),
      income: new Map(),
      previous_income: new Map(),
      line: null,
      settings: DEFAULT_OVERSIGHT_SETTINGS,
    }).flags.filter((x) => x.rule === "imbalance")
    expect(rich.map((x) => [x.village, x.figures.percent_of_township])).toEqual(
      [["穷村", 1]]
    )
  })

  it("opens monitoring cases for lifted and monitored households under the band or falling", () => {
    next = 0
    const households = [
      household("lifted-low", { status: "lifted", member_count: 2 }),
      household("lifted-ok", { status: "lifted", member_count: 2 }),
      household("monitored-drop", { status: "monitored", member_count: 1 }),
      household("registered-low", { member_count: 2 }),
      household("lifted-unknown", { status: "lifted" }),
    ]
    const { cases } = evaluateOversight({
      year: 2026,
      households,
      aid: households.map((h) => aid(h.id)),
      income: new Map([
        // 1,100,000 for two (100,000 confirmed on slips, 1,000,000 in the
        // registry): 550,000 each, under 600,000 (1.5 × 400,000). The
        // 900,000 of shop revenue attributed to it is not income.
        ["lifted-low", income(100_000, 1_000_000, 900_000)],
        ["lifted-ok", income(0, 1_300_000)],
        ["monitored-drop", income(0, 650_000)],
        ["registered-low", income(0, 100_000)],
      ]),
      previous_income: new Map([["monitored-drop", income(0, 1_000_000)]]),
      line: 400_000,
      settings: DEFAULT_OVERSIGHT_SETTINGS,
    })
    expect(cases.map((c) => [c.household_id, c.category, c.triggers])).toEqual([
      ["lifted-low", "unstable_lifted", ["low_income"]],
      ["monitored-drop", "edge", ["income_drop"]],
    ])
    expect(cases[0].figures).toEqual({
      income: 1_100_000,
      per_member: 550_000,
      previous_income: 0,
      band: 600_000,
    })
  })
})

describe("the registry's word on both supports", () => {
  const row = (dual: string) =>
    parseRegistryRow(
      {
        registry_number: "5134310001",
        head_name: "户主",
        id_number: "11010519491231002X",
        member_count: "3",
        county_code: "513431",
        township: "乡",
        village: "村",
        dual_support: dual,
      },
      2,
      2026
    )
  it("reads 是 and 否, says nothing when empty, and refuses anything else by field", () => {
    expect(row("是")).toMatchObject({ row: { dual_support: true } })
    expect(row("否")).toMatchObject({ row: { dual_support: false } })
    expect(row("")).toMatchObject({ row: { dual_support: null } })
    expect(row("也许")).toEqual({
      errors: [{ row: 2, field: "dual_support", reason: "must be 是 or 否" }],
    })
  })
})

describe("the bureaus' today", () => {
  it("is China Standard Time's date", () => {
    expect(chinaToday(new Date("2026-12-04T23:30:00Z"))).toBe("2026-12-05")
    expect(chinaToday(new Date("2026-12-04T15:59:59Z"))).toBe("2026-12-04")
  })
})

describe("aid list rows", () => {
  it("maps Chinese headers and needs a household column", () => {
    expect(
      aidColumns([
        "户编号",
        "帮扶类别",
        "帮扶单位",
        "用途",
        "金额（元）",
        "发放日期",
        "凭证号",
      ])
    ).toEqual({
      columns: [
        "registry_number",
        "source_kind",
        "giver",
        "purpose",
        "amount",
        "given_on",
        "reference",
      ],
    })
    expect(aidColumns(["帮扶类别", "帮扶单位"])).toEqual({
      error:
        "missing column(s): registry_number or id_number, purpose, amount, given_on, reference",
    })
  })

  it("converts a row and names each bad field without its value", () => {
    expect(
      parseAidRow(
        {
          registry_number: "5134310001",
          source_kind: "东西部协作",
          giver: "浙江某区",
          purpose: "产业帮扶",
          amount: "1,200.5",
          given_on: "2026/3/5",
          reference: "DX-1",
        },
        2,
        "2026-12-04"
      )
    ).toEqual({
      row: {
        registry_number: "5134310001",
        id_number: null,
        source_kind: "east_west",
        giver: "浙江某区",
        purpose: "产业帮扶",
        amount: 120_050,
        in_kind: null,
        given_on: "2026-03-05",
        reference: "DX-1",
      },
    })
    const bad = parseAidRow(
      {
        id_number: "513431199001011234",
        source_kind: "红包",
        giver: "x",
        purpose: "y",
        amount: "0",
        given_on: "2026-02-30",
        reference: "r",
      },
      7,
      "2026-12-04"
    )
    expect(bad).toEqual({
      errors: [
        {
          row: 7,
          field: "id_number",
          reason: "is not a valid resident ID number (GB 11643 check digit)",
        },
        {
          row: 7,
          field: "source_kind",
          reason: expect.stringContaining("pairing_support"),
        },
        { row: 7, field: "amount", reason: "must be more than zero" },
        {
          row: 7,
          field: "given_on",
          reason: "must be a date from 2013-01-01 to 2026-12-04",
        },
      ],
    })
    expect(JSON.stringify(bad)).not.toContain("513431199001011234")
    const huge = parseAidRow(
      {
        registry_number: "5134310001",
        source_kind: "other",
        giver: "x",
        purpose: "y",
        amount: "999999999.99",
        given_on: "2026-01-01",
        reference: "r",
      },
      3,
      "2026-12-04"
    )
    expect(huge).toEqual({
      errors: [
        { row: 3, field: "amount", reason: "must be at most 10,000,000 yuan" },
      ],
    })
  })
})
