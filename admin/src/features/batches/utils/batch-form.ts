import { z } from "zod"
import { CERTIFICATIONS, type CreateBatchBody, UNITS } from "../api/types"
import { parseWholeNumber } from "./batch-shares"

const wholeNumber = (message: string) =>
  z.string().refine((v) => parseWholeNumber(v) > 0, message)

const DATE = /^\d{4}-\d{2}-\d{2}$/

export const ContributionRowSchema = z.object({
  kind: z.enum(["household", "supplier"]),
  household_id: z.string(),
  supplier_name: z.string().max(100, "tooLong"),
  quantity: wholeNumber("quantity"),
})

// What the inputs hold (strings); messages are keys under batches:errors.
export const BatchFormSchema = z
  .object({
    variant_id: z.string().min(1, "variant"),
    harvested_at: z.string().regex(DATE, "date"),
    village: z.string().trim().min(1, "required").max(100, "tooLong"),
    quantity: wholeNumber("quantity"),
    unit: z.enum(UNITS),
    units_per_stock_item: wholeNumber("quantity"),
    certifications: z.array(z.enum(CERTIFICATIONS)),
    has_inspection: z.boolean(),
    inspection: z.object({
      agency: z.string().max(200, "tooLong"),
      inspected_at: z.string(),
      result: z.enum(["pass", "fail"]),
      report_number: z.string().max(100, "tooLong"),
    }),
    contributions: z.array(ContributionRowSchema).max(500, "tooMany"),
  })
  .superRefine((values, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message })
    const quantity = parseWholeNumber(values.quantity)
    if (parseWholeNumber(values.units_per_stock_item) > quantity) {
      issue(["units_per_stock_item"], "unitsPerItem")
    }
    if (values.has_inspection) {
      if (!values.inspection.agency.trim())
        issue(["inspection", "agency"], "required")
      if (!DATE.test(values.inspection.inspected_at)) {
        issue(["inspection", "inspected_at"], "date")
      }
      if (values.inspection.result === "fail") {
        issue(["inspection", "result"], "inspectionFail")
      }
    }
    const seen = new Set<string>()
    values.contributions.forEach((row, i) => {
      if (row.kind === "household") {
        if (!row.household_id)
          issue(["contributions", i, "household_id"], "household")
        else if (seen.has(row.household_id)) {
          issue(["contributions", i, "household_id"], "duplicateHousehold")
        }
        seen.add(row.household_id)
      } else if (!row.supplier_name.trim()) {
        issue(["contributions", i, "supplier_name"], "required")
      }
    })
    const total = values.contributions.reduce(
      (sum, row) => sum + (parseWholeNumber(row.quantity) || 0),
      0
    )
    if (quantity > 0 && total > quantity) issue(["contributions"], "exceeds")
  })

export type BatchFormValues = z.infer<typeof BatchFormSchema>
export type ContributionRow = z.infer<typeof ContributionRowSchema>

export const emptyContribution = (
  kind: ContributionRow["kind"]
): ContributionRow => ({
  kind,
  household_id: "",
  supplier_name: "",
  quantity: "",
})

export function batchFormDefaults(today: string): BatchFormValues {
  return {
    variant_id: "",
    harvested_at: today,
    village: "",
    quantity: "",
    unit: "kg",
    units_per_stock_item: "1",
    certifications: [],
    has_inspection: false,
    inspection: {
      agency: "",
      inspected_at: today,
      result: "pass",
      report_number: "",
    },
    contributions: [],
  }
}

export function toCreateBatchBody(values: BatchFormValues): CreateBatchBody {
  return {
    variant_id: values.variant_id,
    harvested_at: values.harvested_at,
    village: values.village.trim(),
    quantity: parseWholeNumber(values.quantity),
    unit: values.unit,
    units_per_stock_item: parseWholeNumber(values.units_per_stock_item),
    certifications: values.certifications,
    inspection: values.has_inspection
      ? {
          agency: values.inspection.agency.trim(),
          inspected_at: values.inspection.inspected_at,
          result: values.inspection.result,
          ...(values.inspection.report_number.trim()
            ? { report_number: values.inspection.report_number.trim() }
            : {}),
        }
      : null,
    contributions: values.contributions.map((row) =>
      row.kind === "household"
        ? {
            household_id: row.household_id,
            quantity: parseWholeNumber(row.quantity),
          }
        : {
            supplier_name: row.supplier_name.trim(),
            quantity: parseWholeNumber(row.quantity),
          }
    ),
  }
}

// Today in Beijing as yyyy-mm-dd, for date inputs.
export function beijingToday() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date()
  )
}
