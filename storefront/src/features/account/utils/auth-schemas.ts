// Zod without `new Function`, set before this module makes a schema.
import "@/lib/zod-jitless"
import { z } from "zod"

// Messages are i18n keys.
export const loginSchema = z.object({
  email: z.string().trim().email("checkout.errors.email"),
  password: z.string().min(1, "account.errors.password"),
})
export type LoginInput = z.infer<typeof loginSchema>

export const registerSchema = z.object({
  name: z.string().trim().min(1, "checkout.errors.name").max(60),
  email: z.string().trim().email("checkout.errors.email"),
  password: z.string().min(8, "account.errors.passwordLength").max(128),
})
export type RegisterInput = z.infer<typeof registerSchema>

export const forgotSchema = z.object({
  email: z.string().trim().email("checkout.errors.email"),
})
export type ForgotInput = z.infer<typeof forgotSchema>

export const resetSchema = z.object({
  password: z.string().min(8, "account.errors.passwordLength").max(128),
})
export type ResetInput = z.infer<typeof resetSchema>
