import { useTranslation } from "react-i18next"
import "./default-language"

// Our extensions' words in the dashboard's two languages here: Chinese when
// the operator picked 简体中文 in their profile, English otherwise.
const WORDS = {
  cooperatives: ["合作社", "Cooperatives"],
  cooperativesHint: [
    "平台上的全部合作社。暂停后其商品下架、不能登记新批次；恢复后重新上架。每次操作都要写明原因，记入操作日志，商务局审核员可见。",
    "Every cooperative on the platform. A suspended cooperative's products leave the shop and it cannot record batches; reinstating brings them back. Each change needs a reason, kept in the audit log the bureau reads.",
  ],
  name: ["名称", "Name"],
  county: ["县", "County"],
  status: ["状态", "Status"],
  reason: ["原因", "Reason"],
  registered: ["注册时间", "Registered"],
  actions: ["操作", "Actions"],
  suspend: ["暂停", "Suspend"],
  reinstate: ["恢复", "Reinstate"],
  confirm: ["确认", "Confirm"],
  cancel: ["取消", "Cancel"],
  reasonHint: [
    "至少 2 个字，将告知合作社并记入操作日志",
    "At least 2 characters; shown to the cooperative and kept in the audit log",
  ],
  all: ["全部", "All"],
  pending: ["待审核", "Pending"],
  approved: ["已通过", "Approved"],
  suspended: ["已暂停", "Suspended"],
  search: ["按名称搜索", "Search by name"],
  empty: ["没有符合条件的合作社", "No cooperative matches"],
  loadFailed: ["加载失败，请刷新重试", "Could not load; refresh to retry"],
  previous: ["上一页", "Previous"],
  next: ["下一页", "Next"],
  attribution: ["收益归属", "Attribution"],
  parcels: ["各合作社包裹", "Parcels by cooperative"],
  mailbox: ["已发邮件", "Sent e-mail"],
  mailboxHint: [
    "平台发给顾客和工作人员的邮件（下单、发货、退款、订单关联、重设密码），按收件人看到的样子显示。未配置 SMTP_URL 时邮件不会真正发出，只记录在这里。",
    "The e-mail the platform sent to shoppers and staff (order placed, shipped, refunded, order claims, password resets), as the recipient reads it. Without SMTP_URL nothing leaves the server: it is kept here.",
  ],
  mailboxTo: ["按收件人筛选", "Filter by recipient"],
  mailboxRecipient: ["收件人：", "To:"],
  mailboxEmpty: ["还没有邮件", "No e-mail yet"],
  attributionHint: [
    "本订单按批次分配、按农户份额归属到分的结果；农户只显示编号，不显示身份信息。",
    "How this order was allocated to batches and split to households, to the fen; households by id only, never their identity.",
  ],
  netAmount: ["应归属净额", "Net to attribute"],
  captured: ["已收款", "Captured"],
  refunded: ["已退款", "Refunded"],
  target: ["应记账", "Target"],
  ledgerTotal: ["已记账", "In the ledger"],
  consistent: ["账目一致", "Ledger matches"],
  inconsistent: ["账目不一致", "Ledger differs"],
  line: ["商品行", "Line"],
  batches: ["批次", "Batches"],
  holder: ["归属对象", "Holder"],
  household: ["农户", "Household"],
  remainder: ["合作社留存", "Cooperative remainder"],
  sales: ["销售", "Sales"],
  refunds: ["退款", "Refunds"],
  amount: ["净额", "Net"],
  reconciliation: ["对账", "Reconciliation"],
  reconciliationHint: [
    "每晚核对每笔订单的归属台账是否等于已收款减已退款（到分）。",
    "Every night each order's attribution ledger is checked against the money captured minus refunded, to the fen.",
  ],
  runNow: ["立即对账", "Run now"],
  reconciled: ["对账已完成", "Reconciliation finished"],
  neverRun: ["尚未运行过对账。", "No reconciliation has run yet."],
  balanced: ["账实相符", "Ledger matches the money"],
  differing: ["不一致订单", "Orders differing:"],
  ordersChecked: ["核对订单", "orders checked:"],
  whatToDo: [
    "下一步：打开订单，在“收益归属”中核对哪一行不一致；查明原因后，在服务器上运行 npm run reconcile -- --repair，它按归属规则重算并追加更正分录（从不修改已有记录），再次对账应为相符。",
    "Next: open the order and find the differing line in its Attribution panel; once the cause is known, run npm run reconcile -- --repair on the server, which re-runs attribution and appends correcting entries (never editing one); the next reconciliation should match.",
  ],
  order: ["订单", "Order"],
  difference: ["差额（台账−应记）", "Difference (ledger − target)"],
  counties: ["县", "Counties"],
  countiesHint: [
    "按 GB/T 2260 代码登记的县；合作社、农户和审核员的辖区都以此为准。",
    "Counties by GB/T 2260 code: cooperatives, households and reviewers' jurisdictions are keyed by them.",
  ],
  code: ["代码", "Code"],
  prefecture: ["市（州）", "Prefecture"],
  povertyStatus: ["贫困县类别", "Poverty status"],
  national_key: ["国家扶贫开发重点县", "National key county"],
  provincial_key: ["省级重点县", "Provincial key county"],
  none: ["非重点县", "Not a key county"],
  liftedYear: ["摘帽年份", "Year lifted"],
  reviewers: ["商务局审核员", "Bureau reviewers"],
  reviewersHint: [
    "审核员按辖区（省 2 位、市州 4 位、县 6 位代码）查看和审核。新建后把邀请码交给本人，本人在控制台注册并兑换。",
    "Reviewers see and review a jurisdiction (2, 4 or 6 digits). After creating one, hand them the invite code; they register in the console and redeem it.",
  ],
  email: ["邮箱", "E-mail"],
  jurisdiction: ["辖区代码", "Jurisdiction"],
  invite: ["邀请", "Invite"],
  invitePending: ["待兑换，截止", "Pending until"],
  inviteUsed: ["已加入", "Joined"],
  create: ["新建", "Create"],
  inviteCode: ["邀请码（只显示这一次）：", "Invite code (shown this once):"],
  povertyLines: ["贫困线", "Poverty lines"],
  povertyLinesHint: [
    "每人每年的收入标准（元）。某年没有单独设定时沿用之前最近一年的标准。",
    "Income per person per year (CNY). A year without its own line follows the latest earlier one.",
  ],
  year: ["年度", "Year"],
  perPerson: ["每人每年（元）", "Per person per year (CNY)"],
  note: ["说明", "Note"],
  setLine: ["设定", "Set"],
  overview: ["收益归属总览", "Attribution overview"],
  overviewHint: [
    "各县按月的已归属销售额（到分），与商务局报表同一口径；未核验供货人的份额含在净额中并单列。",
    "Attributed sales by county and month, to the fen, as the bureau's reports count them; unverified suppliers' shares are inside net and shown apart.",
  ],
  period: ["期间", "Period"],
  unverified: ["其中未核验供货人", "Of which unverified suppliers"],
  total: ["合计", "Total"],
  provenance: ["合作社与批次", "Cooperative and batches"],
  registeredHouseholds: ["供货建档立卡户", "Registered households supplying"],
  noBatches: ["还没有批次：没有可售库存。", "No batches yet: nothing to sell."],
  harvested: ["采收", "Harvested"],
  village: ["村", "Village"],
  receipt: ["买家看到的帮扶回执", "The buyer's impact receipt"],
  reached: ["带动建档立卡户", "Registered households reached"],
  toHouseholds: ["归属农户", "To households"],
  toCooperatives: ["合作社留存", "To cooperatives"],
  history: ["审核记录", "Approval history"],
  registeredAction: ["注册", "Registered"],
  approvedAction: ["审核通过 / 恢复", "Approved / reinstated"],
  suspendedAction: ["暂停", "Suspended"],
  reviewer: ["商务局审核员", "Bureau reviewer"],
  operator: ["平台运营", "Platform operator"],
  staff: ["合作社人员", "Cooperative staff"],
  newCounty: ["新增县", "Add a county"],
  nameZh: ["中文名", "Name (Chinese)"],
  nameEn: ["英文名", "Name (English)"],
  prefectureZh: ["市（州）中文名", "Prefecture (Chinese)"],
  prefectureEn: ["市（州）英文名", "Prefecture (English)"],
  provinceZh: ["省中文名", "Province (Chinese)"],
  provinceEn: ["省英文名", "Province (English)"],
  countyAdded: ["县已添加", "County added"],
  noLedger: [
    "尚未收款，还没有归属记录。",
    "Not captured yet: nothing attributed.",
  ],
} as const

export function useWords() {
  const { i18n } = useTranslation()
  const en = !i18n.language?.toLowerCase().startsWith("zh")
  return (key: keyof typeof WORDS) => WORDS[key][en ? 1 : 0]
}

// The dashboard names its languages "zhCN", "en"…; Intl wants BCP 47.
export function locale(language: string | undefined) {
  return language?.toLowerCase().startsWith("zh") ? "zh-CN" : "en"
}

// Fen as yuan, e.g. ¥1,234.56. The same rule as @tianfu/domain's formatFen,
// which the dashboard's bundler cannot import: the workspace is built as
// CommonJS whose `export *` re-exports Rollup cannot see.
export function formatFen(fen: number, language: string) {
  return new Intl.NumberFormat(locale(language), {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: 2,
  }).format(fen / 100)
}
