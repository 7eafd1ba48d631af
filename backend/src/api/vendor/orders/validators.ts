import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  CARRIER_CODES,
  carrierNeedsTracking,
  type CarrierCode,
  SHIPPING_STATUSES,
  TRACKING_NUMBER_PATTERN,
} from "@tianfu/domain"

export type VendorGetOrdersParamsType = z.infer<typeof VendorGetOrdersParams>
export const VendorGetOrdersParams = createFindParams({
  limit: 20,
  offset: 0,
}).extend({
  // The status of the cooperative's own lines (one or several).
  shipping_status: z
    .union([z.enum(SHIPPING_STATUSES), z.array(z.enum(SHIPPING_STATUSES))])
    .optional(),
})

export type VendorCreateFulfillmentType = z.infer<
  typeof VendorCreateFulfillment
>
// Ship: the units leave with a carrier under a waybill number (Medusa's
// fulfilment label), or with the cooperative's own van ("self", no
// number).
export const VendorCreateFulfillment = z
  .object({
    // Omitted: every unshipped unit of the cooperative's own lines.
    items: z
      .array(
        z
          .object({
            id: z.string().min(1).max(100),
            quantity: z.number().int().positive().max(1_000_000),
          })
          .strict()
      )
      .min(1)
      .max(500)
      .optional(),
    carrier: z.enum(CARRIER_CODES as [CarrierCode, ...CarrierCode[]]),
    tracking_number: z
      .string()
      .trim()
      .regex(TRACKING_NUMBER_PATTERN, {
        message: "8–30 letters and digits, as printed on the waybill",
      })
      .optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (carrierNeedsTracking(body.carrier) && !body.tracking_number) {
      ctx.addIssue({
        code: "custom",
        path: ["tracking_number"],
        message: `required when the carrier is ${body.carrier}`,
      })
    }
    if (!carrierNeedsTracking(body.carrier) && body.tracking_number) {
      ctx.addIssue({
        code: "custom",
        path: ["tracking_number"],
        message: "a cooperative delivering itself has no waybill number",
      })
    }
  })

export type VendorReadRecipientType = z.infer<typeof VendorReadRecipient>
// Why the recipient is read: the audit log says it.
export const VendorReadRecipient = z
  .object({
    purpose: z.enum(["ship", "packing_slip", "delivery_problem"]),
  })
  .strict()
