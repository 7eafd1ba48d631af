import { z } from "@medusajs/framework/zod"

export type AdminSetPovertyLineType = z.infer<typeof AdminSetPovertyLine>
export const AdminSetPovertyLine = z
  .object({
    year: z.number().int().min(2000).max(2100),
    // Fen per person per year: 400000 is 4,000 CNY.
    amount: z.number().int().positive(),
    note: z.string().max(500).nullish(),
  })
  .strict()
