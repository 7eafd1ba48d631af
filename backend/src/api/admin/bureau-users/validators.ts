import { z } from "@medusajs/framework/zod"

export type AdminCreateBureauUserType = z.infer<typeof AdminCreateBureauUser>
export const AdminCreateBureauUser = z
  .object({
    email: z.string().email(),
    name: z.string().min(1).max(200),
    jurisdiction_code: z
      .string()
      .regex(
        /^(\d{2}|\d{4}|\d{6})$/,
        "jurisdiction_code must be a 2-, 4- or 6-digit GB/T 2260 code"
      ),
  })
  .strict()
