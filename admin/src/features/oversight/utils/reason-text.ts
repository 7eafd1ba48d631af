import type { TFunction } from "i18next"

// The aid importer's reasons for refusing a row and for failing a file
// (written in English into the error report, which machines read too), in
// the reviewer's language; one not listed here is shown as it came.
const REASONS: Record<string, string> = {
  "is required": "required",
  "is required (or the head's id_number)": "householdRequired",
  "must be 4–40 letters, digits or dashes": "registryNumber",
  "is not a valid resident ID number (GB 11643 check digit)": "idNumber",
  "must be an amount in yuan with at most two decimals": "amount",
  "must be more than zero": "positive",
  "no household of your jurisdiction has it": "noHousehold",
}

export function aidReasonText(reason: string, t: TFunction): string {
  const key = REASONS[reason]
  if (key) return t(`reasons.${key}`)
  if (/^must be one of /.test(reason)) return t("reasons.source")
  const max = /^must be at most (\d+) printable characters$/.exec(reason)
  if (max) return t("reasons.tooLong", { max: max[1] })
  const date = /^must be a date from 2013-01-01 to (\S+)$/.exec(reason)
  if (date) return t("reasons.date", { today: date[1] })
  const again = /^the same record appears again \(first on row (\d+)\)$/.exec(
    reason
  )
  if (again) return t("reasons.again", { row: again[1] })
  return reason
}

const FAILURES: Record<string, string> = {
  "the file is empty": "empty",
  "the file is not a readable CSV or XLSX": "unreadable",
  "the import stopped before the end of the file": "stopped",
}

export function aidFailureText(failure: string, t: TFunction): string {
  const key = FAILURES[failure]
  if (key) return t(`failures.${key}`)
  const columns = /^missing column\(s\): (.+)$/.exec(failure)
  if (columns) return t("failures.columns", { columns: columns[1] })
  const rows = /^the file has more than (\d+) rows; split it$/.exec(failure)
  if (rows) return t("failures.tooMany", { max: rows[1] })
  return failure
}
