// How a CSV export is laid out. `reviewer` (the default) is a file a
// reviewer can hand on: headers in their language, amounts in yuan with two
// decimals, rates as percentages, yes/no in words, and each county code
// followed by the county's name. `machine` is the stable contract for
// scripts: column codes as headers, integer fen, basis points, true/false.

export const CSV_LAYOUTS = ["reviewer", "machine"] as const
export const CSV_LANGUAGES = ["zh-CN", "en"] as const

export type CsvLayout = {
  layout: (typeof CSV_LAYOUTS)[number]
  lang: (typeof CSV_LANGUAGES)[number]
  // County code → name in `lang`; read only for the reviewer layout.
  countyNames?: Map<string, string>
}

export type Cell = string | number | boolean | null
export type CsvColumn<Row> = { header: string; value: (row: Row) => Cell }

// Header words per column code, zh-CN then en. Amount columns end in _fen
// (shown in yuan) and rates in _bp (shown in %); their words say so.
const HEADERS: Record<string, [string, string]> = {
  id: ["编号", "ID"],
  period: ["期间", "Period"],
  year: ["年度", "Year"],
  county: ["县代码", "County code"],
  county_code: ["县代码", "County code"],
  cooperative: ["合作社编号", "Cooperative ID"],
  household: ["农户编号", "Household ID"],
  household_id: ["农户编号", "Household ID"],
  registry_number: ["建档编号", "Registry number"],
  township: ["乡镇", "Township"],
  village: ["行政村", "Village"],
  head_name: ["户主（脱敏）", "Head of household (masked)"],
  member_count: ["家庭人口", "Members"],
  status: ["状态", "Status"],
  verification: ["核验状态", "Verification"],
  poverty_cause: ["致贫原因", "Poverty cause"],
  name: ["名称", "Name"],
  name_en: ["英文名称", "Name (English)"],
  kind: ["类别", "Kind"],
  category: ["类别", "Category"],
  rule: ["规则", "Rule"],
  rule_or_category: ["规则或类别", "Rule or category"],
  count: ["数量", "Count"],
  households: ["户数", "Households"],
  members: ["人口", "Members"],
  bound: ["已带动户数", "Households bound"],
  with_revenue: ["有归属收益户数", "With attributed revenue"],
  with_confirmed_payouts: ["有确认收款户数", "With confirmed payouts"],
  below_line: ["低于贫困线户数", "Below the poverty line"],
  not_lifted: ["未脱贫", "Not lifted"],
  triggers: ["触发条件", "Triggers"],
  figures: ["数据", "Figures"],
  opened_at: ["开启时间", "Opened at"],
  assigned_to: ["经办人", "Assigned to"],
  resolution: ["处理结果", "Resolution"],
  resolution_note: ["处理说明", "Resolution note"],
  close_reason: ["关闭原因", "Close reason"],
  exit_criteria: ["退出条件", "Exit criteria"],
  row: ["行号", "Row"],
  field: ["字段", "Field"],
  reason: ["原因", "Reason"],
  decile: ["十分位", "Decile"],
  group_by: ["汇总维度", "Grouped by"],
  cooperative_id: ["合作社编号", "Cooperative ID"],
  cooperative_name: ["合作社", "Cooperative"],
  head_name_masked: ["户主（脱敏）", "Head of household (masked)"],
  obligation_id: ["应付编号", "Obligation ID"],
  source_type: ["来源类型", "Source type"],
  source_id: ["来源编号", "Source ID"],
  basis: ["计算依据", "Basis"],
  due_on: ["应付日期", "Due on"],
  days_overdue: ["逾期天数", "Days overdue"],
  oldest_outstanding_days: ["最长未付天数", "Oldest outstanding (days)"],
  households_paid: ["已付款户数", "Households paid"],
  below_threshold: ["低于联结比例", "Below the threshold"],
  below_floor: ["低于保底价", "Below the floor price"],
  batch_id: ["批次编号", "Batch ID"],
  trace_code: ["溯源码", "Trace code"],
  harvested_at: ["采收日期", "Harvested at"],
  quantity: ["数量", "Quantity"],
  unit: ["单位", "Unit"],
  stock_quantity: ["入库件数", "Stock units"],
  allocated_quantity: ["已售件数", "Units sold"],
  sales: ["销售额（元）", "Sales (CNY)"],
  refunds: ["退款（元）", "Refunds (CNY)"],
  net: ["净额（元）", "Net (CNY)"],
  attributed_to_households_fen: [
    "归属农户销售收益（元）",
    "Attributed to households (CNY)",
  ],
  obligations_fen: ["应付（元）", "Obligations (CNY)"],
  paid_fen: ["已付（元）", "Paid (CNY)"],
  confirmed_fen: ["农户确认（元）", "Confirmed by households (CNY)"],
  disputed_fen: ["有争议（元）", "Disputed (CNY)"],
  unconfirmed_fen: ["待确认（元）", "Awaiting confirmation (CNY)"],
  outstanding_fen: ["未付（元）", "Outstanding (CNY)"],
  outstanding_late_fen: ["逾期未付（元）", "Outstanding and late (CNY)"],
  floor_shortfall_fen: ["低于保底差额（元）", "Floor-price shortfall (CNY)"],
  amount_fen: ["金额（元）", "Amount (CNY)"],
  settled_fen: ["已结算（元）", "Settled (CNY)"],
  floor_amount_fen: ["保底金额（元）", "Floor amount (CNY)"],
  benefit_ratio_bp: ["联结比例（%）", "Benefit ratio (%)"],
  sales_fen: ["销售额（元）", "Sales (CNY)"],
  refunds_fen: ["退款（元）", "Refunds (CNY)"],
  net_fen: ["净额（元）", "Net (CNY)"],
  to_households_fen: ["归属农户（元）", "To households (CNY)"],
  unverified_suppliers_fen: [
    "未核验供货人（元）",
    "Unverified suppliers (CNY)",
  ],
  income_fen: ["收入（元）", "Income (CNY)"],
  income_confirmed_fen: ["确认收款（元）", "Confirmed payouts (CNY)"],
  income_other_fen: ["其他收入（元）", "Other income (CNY)"],
  income_total_fen: ["总收入（元）", "Total income (CNY)"],
  income_per_member_fen: ["人均收入（元）", "Income per member (CNY)"],
  poverty_line_fen: ["贫困线（元/人）", "Poverty line (CNY per person)"],
  revenue_attributed_fen: ["归属销售收益（元）", "Attributed revenue (CNY)"],
  revenue_attributed_per_member_fen: [
    "人均归属销售收益（元）",
    "Attributed revenue per member (CNY)",
  ],
  current_income_fen: ["本年收入（元）", "This year's income (CNY)"],
  previous_income_fen: ["上年收入（元）", "Last year's income (CNY)"],
  change_fen: ["变化（元）", "Change (CNY)"],
  binding_rate_bp: ["带动率（%）", "Binding rate (%)"],
  line_coverage_bp: ["达线比例（%）", "Share of the line (%)"],
  share_bp: ["占比（%）", "Share (%)"],
}

const COUNTY_NAME: [string, string] = ["县名", "County"]

// Status codes as a reviewer says them; other values stay as stored.
const WORDS: Record<string, [string, string]> = {
  registered: ["建档立卡", "Registered"],
  lifted: ["已脱贫", "Lifted"],
  monitored: ["监测对象", "Monitored"],
  returned: ["返贫", "Returned to poverty"],
  pending: ["待核验", "Pending"],
  verified: ["已核验", "Verified"],
  rejected: ["已驳回", "Rejected"],
  open: ["待处理", "Open"],
  resolved: ["已处理", "Resolved"],
  closed: ["已关闭", "Closed"],
}
const WORDED = new Set(["status", "verification"])

// Followed by the county's name (a report grouped by county names it
// already, in its own name column).
const COUNTY_COLUMNS = new Set(["county_code"])

// Amounts in fen under a name without the suffix (the cooperative's batch
// export, whose headers predate the convention).
const FEN_COLUMNS = new Set(["sales", "refunds", "net"])

// Integer fen (a number, or a bigint's digits from SQL) as yuan with two
// decimals, by integer arithmetic: 123456 → "1234.56", -5 → "-0.05".
export function fenAsYuan(fen: Cell): Cell {
  if (fen === null || fen === "" || typeof fen === "boolean") return fen
  const text = String(fen).trim()
  if (!/^-?\d+$/.test(text)) return fen
  const negative = text.startsWith("-")
  const digits = (negative ? text.slice(1) : text).padStart(3, "0")
  const yuan = `${digits.slice(0, -2).replace(/^0+(?=\d)/, "")}.${digits.slice(-2)}`
  return negative && /[1-9]/.test(digits) ? `-${yuan}` : yuan
}

// Basis points as a percentage with two decimals: 1234 → "12.34%".
export function bpAsPercent(bp: Cell): Cell {
  const yuanLike = fenAsYuan(bp)
  return typeof yuanLike === "string" && yuanLike !== bp
    ? `${yuanLike}%`
    : yuanLike
}

// The columns of an export in the requested layout; the machine layout is
// the columns as they are.
export function layColumns<Row>(
  columns: CsvColumn<Row>[],
  csv: CsvLayout | undefined
): CsvColumn<Row>[] {
  if (!csv || csv.layout === "machine") return columns
  const en = csv.lang === "en" ? 1 : 0
  const yes = en ? "yes" : "是"
  const no = en ? "no" : "否"
  const codes = new Set(columns.map((c) => c.header))
  return columns.flatMap((column) => {
    const code = column.header
    // A report grouped by household repeats its id as household_id.
    if (code === "household" && codes.has("household_id")) return []
    const header = HEADERS[code]?.[en] ?? code
    const convert =
      code.endsWith("_fen") || FEN_COLUMNS.has(code)
        ? fenAsYuan
        : code.endsWith("_bp")
          ? bpAsPercent
          : WORDED.has(code)
            ? (v: Cell) =>
                typeof v === "string" && WORDS[v] ? WORDS[v][en] : v
            : (v: Cell) => v
    const laid: CsvColumn<Row> = {
      header,
      value: (row) => {
        const value = column.value(row)
        return typeof value === "boolean" ? (value ? yes : no) : convert(value)
      },
    }
    if (!COUNTY_COLUMNS.has(code)) return [laid]
    return [
      laid,
      {
        header: COUNTY_NAME[en],
        value: (row) => {
          const county = column.value(row)
          return typeof county === "string"
            ? (csv.countyNames?.get(county) ?? null)
            : null
        },
      },
    ]
  })
}
