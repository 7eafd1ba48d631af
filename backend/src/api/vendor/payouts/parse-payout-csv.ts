import { parse } from "csv-parse/sync"
import type {
  PayoutRow,
  RowError,
} from "../../../workflows/linkage/steps/import-payouts"
import { isValidDateString } from "../../utils/date-field"

export const MAX_ROWS = 10_000

// Column names as a bookkeeper may write them, in English or Chinese.
const COLUMNS: Record<string, keyof Omit<PayoutRow, "row">> = {
  agreement_id: "agreement_id",
  协议编号: "agreement_id",
  amount: "amount",
  金额: "amount",
  "金额（元）": "amount",
  paid_on: "paid_on",
  付款日期: "paid_on",
  method: "method",
  付款方式: "method",
  reference: "reference",
  凭证号: "reference",
}

const METHODS: Record<string, PayoutRow["method"]> = {
  bank_transfer: "bank_transfer",
  银行转账: "bank_transfer",
  wechat_pay: "wechat_pay",
  微信支付: "wechat_pay",
  微信: "wechat_pay",
  alipay: "alipay",
  支付宝: "alipay",
  cash: "cash",
  现金: "cash",
}

// Yuan with at most two decimals → fen.
function fenOf(text: string): number | null {
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(text)) return null
  const [whole, part = ""] = text.split(".")
  return Number(whole) * 100 + Number(part.padEnd(2, "0"))
}

// A payout file (UTF-8, with or without a byte-order mark; the console
// decodes GBK before sending) → rows to import and per-row errors that name
// the row and the field, never the value.
export function parsePayoutCsv(text: string): {
  rows: PayoutRow[]
  errors: RowError[]
  fileError?: string
} {
  let records: string[][]
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as string[][]
  } catch {
    return {
      rows: [],
      errors: [],
      fileError: "csv: the file is not readable CSV",
    }
  }
  const [header = [], ...body] = records
  const fields = header.map((name) => COLUMNS[name.trim()])
  const missing = (
    ["agreement_id", "amount", "paid_on", "method", "reference"] as const
  ).filter((field) => !fields.includes(field))
  if (missing.length) {
    return {
      rows: [],
      errors: [],
      fileError: `csv: the header lacks the column(s) ${missing.join(", ")}`,
    }
  }
  if (body.length > MAX_ROWS) {
    return {
      rows: [],
      errors: [],
      fileError: `csv: at most ${MAX_ROWS} rows a file`,
    }
  }
  const rows: PayoutRow[] = []
  const errors: RowError[] = []
  body.forEach((cells, i) => {
    const row = i + 2
    const value = (field: keyof Omit<PayoutRow, "row">) =>
      (cells[fields.indexOf(field)] ?? "").trim()
    const fail = (field: string, reason: string) =>
      errors.push({ row, field, reason })
    const amount = fenOf(value("amount"))
    const method = METHODS[value("method")]
    const paidOn = value("paid_on")
    const reference = value("reference")
    const agreement = value("agreement_id")
    const before = errors.length
    if (!agreement || agreement.length > 64) fail("agreement_id", "required")
    if (amount === null || amount < 1) {
      fail("amount", "an amount in yuan with at most two decimals, above zero")
    }
    if (!isValidDateString(paidOn)) fail("paid_on", "a date as YYYY-MM-DD")
    if (!method) {
      fail("method", "bank_transfer, wechat_pay, alipay or cash")
    }
    if (!reference || reference.length > 100 || /\p{Cc}/u.test(reference)) {
      fail("reference", "printable text of 1 to 100 characters")
    }
    if (errors.length === before) {
      rows.push({
        row,
        agreement_id: agreement,
        amount: amount!,
        paid_on: paidOn,
        method: method!,
        reference,
      })
    }
  })
  return { rows, errors }
}
