import { z } from "@medusajs/framework/zod"

export type StoreAnswerSlipType = z.infer<typeof StoreAnswerSlip>
export const StoreAnswerSlip = z
  .object({
    outcome: z.enum(["confirmed", "not_received", "wrong_amount"]),
    // The household, or the village's first secretary on its behalf.
    responder: z.enum(["household", "first_secretary"]).default("household"),
    note: z.string().trim().max(300).nullish(),
  })
  .strict()
