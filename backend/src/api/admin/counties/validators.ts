import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

const countyCode = z
  .string()
  .regex(/^\d{6}$/, "code must be a six-digit GB/T 2260 code")
const year = z.number().int().min(1978).max(2100)

const countyFields = {
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  prefecture_zh: z.string().min(1),
  prefecture_en: z.string().min(1),
  province_zh: z.string().min(1),
  province_en: z.string().min(1),
  poverty_status: z.enum(["national_key", "provincial_key", "none"]).optional(),
  lifted_year: year.nullish(),
  contiguous_area: z.string().nullish(),
  story_zh: z.string().nullish(),
  story_en: z.string().nullish(),
}

export type AdminCreateCountyType = z.infer<typeof AdminCreateCounty>
export const AdminCreateCounty = z
  .object({ code: countyCode, ...countyFields })
  .strict()

export type AdminUpdateCountyType = z.infer<typeof AdminUpdateCounty>
export const AdminUpdateCounty = z.object(countyFields).partial().strict()

export type AdminGetCountyParamsType = z.infer<typeof AdminGetCountyParams>
export const AdminGetCountyParams = createSelectParams()

export type AdminGetCountiesParamsType = z.infer<typeof AdminGetCountiesParams>
export const AdminGetCountiesParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  code: z.union([z.string(), z.array(z.string())]).optional(),
  poverty_status: z.enum(["national_key", "provincial_key", "none"]).optional(),
})
