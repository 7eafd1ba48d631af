import type { TFunction } from "i18next"

// The importer's reasons for refusing a row (the backend writes them in
// English into the error report, which machines read too), shown in the
// reviewer's language; a reason not listed here is shown as it came.
const REASONS: Record<string, string> = {
  "is required": "required",
  "must be 4–40 letters, digits or dashes": "registryNumber",
  "must be at most 50 printable characters": "name",
  "is not a valid resident ID number (GB 11643 check digit)": "idNumber",
  "must be an 11-digit mainland mobile number": "phone",
  "must be a whole number from 1 to 30": "members",
  "must be a six-digit GB/T 2260 code": "countyCode",
  "must be at most 100 characters": "tooLong",
  "must be one of the national categories": "cause",
  "must not be before year_identified": "liftedBeforeIdentified",
  "must be registered, lifted, monitored or returned": "status",
  "is required for a lifted household": "liftedYear",
  "is required with income": "incomeYear",
  "must be an amount in yuan with at most two decimals": "amount",
  "is outside your jurisdiction": "outsideJurisdiction",
  "is not a county of this marketplace": "unknownCounty",
  "belongs to a household outside your jurisdiction": "householdElsewhere",
  "does not match the head's ID number on file for this registry number":
    "idMismatch",
  "is on file under another registry number": "idElsewhere",
}

export function reasonText(reason: string, t: TFunction): string {
  const key = REASONS[reason]
  if (key) return t(`reasons.${key}`)
  const again = /^appears again \(first on row (\d+)\)$/.exec(reason)
  if (again) return t("reasons.again", { row: again[1] })
  const year = /^must be a year from 2013 to (\d+)$/.exec(reason)
  if (year) return t("reasons.year", { last: year[1] })
  return reason
}
