import { z } from "@medusajs/framework/zod"

// A county named by its six-digit GB/T 2260 code, as every route takes it.
export const countyCodeField = z
  .string()
  .regex(/^\d{6}$/, "county_code must be a six-digit GB/T 2260 code")
