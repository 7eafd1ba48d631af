import { z } from "@medusajs/framework/zod"
import { webUrl } from "../../utils/web-url"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { dateField } from "../../utils/date-field"

export const CERTIFICATIONS = [
  "green_food",
  "organic",
  "geographic_indication",
  "pollution_free",
] as const

const Contribution = z
  .object({
    household_id: z.string().min(1).optional(),
    supplier_name: z.string().trim().min(1).max(100).optional(),
    quantity: z.number().int().positive(),
  })
  .strict()
  .refine(
    (c) => !!c.household_id !== !!c.supplier_name,
    "contributions: each needs exactly one of household_id or supplier_name"
  )

export type VendorCreateBatchType = z.infer<typeof VendorCreateBatch>
export const VendorCreateBatch = z
  .object({
    variant_id: z.string().min(1),
    harvested_at: dateField("harvested_at"),
    village: z.string().trim().min(1).max(100),
    // Whole units of `unit`; use g for finer amounts.
    quantity: z.number().int().positive(),
    unit: z.enum(["kg", "g", "piece", "l"]),
    // How many `unit`s one sellable variant item holds (a 5 kg box: 5).
    units_per_stock_item: z.number().int().positive().default(1),
    // Fen paid to suppliers per `unit`; required when a contributing member
    // has a purchase agreement, and never below its floor price.
    purchase_price: z
      .number({ message: "purchase_price must be an amount in integer fen" })
      .int("purchase_price must be an amount in integer fen")
      .min(1, "purchase_price must be at least 1 fen")
      .max(10_000_000, "purchase_price is too large")
      .nullish(),
    certifications: z.array(z.enum(CERTIFICATIONS)).max(4).default([]),
    inspection: z
      .object({
        agency: z.string().min(1).max(200),
        inspected_at: dateField("inspection.inspected_at"),
        result: z.enum(["pass", "fail"]),
        report_number: z.string().max(100).optional(),
      })
      .strict()
      .nullish(),
    contributions: z.array(Contribution).max(500).default([]),
  })
  .strict()

export type VendorAppendTraceEventType = z.infer<typeof VendorAppendTraceEvent>
export const VendorAppendTraceEvent = z
  .object({
    type: z.enum(["inspected", "packed", "shipped", "received"]),
    occurred_at: dateField("occurred_at"),
    place: z.string().trim().min(1).max(200),
    actor: z.string().trim().min(1).max(200).optional(),
    note: z.string().max(2000).nullish(),
    attachments: z
      .array(
        z
          .object({
            url: webUrl(),
            label: z.string().max(100).optional(),
          })
          .strict()
      )
      .max(10)
      .nullish(),
    // This event corrects an earlier one of the batch, which stays as it
    // was; the trace page shows both.
    corrects: z
      .object({
        event_id: z.string().min(1).max(100),
        reason: z.string().trim().min(2).max(500),
      })
      .strict()
      .optional(),
  })
  .strict()

export type VendorGetBatchesParamsType = z.infer<typeof VendorGetBatchesParams>
export const VendorGetBatchesParams = createFindParams({ limit: 20, offset: 0 })

export type VendorBatchLabelParamsType = z.infer<typeof VendorBatchLabelParams>
export const VendorBatchLabelParams = z.object({
  format: z.enum(["svg", "png"]).default("svg"),
})

export type VendorVoidBatchType = z.infer<typeof VendorVoidBatch>
export const VendorVoidBatch = z
  .object({
    // Why the batch was recorded in error: kept on the batch, shown on its
    // trace page and in the audit log.
    reason: z.string().trim().min(2).max(500),
  })
  .strict()
