import { z } from "@medusajs/framework/zod"
import { countyCodeField } from "../../utils/county-code"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type BureauCreateRegistryImportType = z.infer<
  typeof BureauCreateRegistryImport
>
export const BureauCreateRegistryImport = z
  .object({ filename: z.string().trim().min(1).max(255) })
  .strict()

export type BureauGetRegistryImportsParamsType = z.infer<
  typeof BureauGetRegistryImportsParams
>
export const BureauGetRegistryImportsParams = createFindParams({
  limit: 20,
  offset: 0,
})

export type BureauGetRegistryErrorsParamsType = z.infer<
  typeof BureauGetRegistryErrorsParams
>
export const BureauGetRegistryErrorsParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({ format: z.enum(["json", "csv"]).optional() })

export type BureauGetMissingParamsType = z.infer<typeof BureauGetMissingParams>
export const BureauGetMissingParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  county_code: countyCodeField.optional(),
})

export type BureauConfirmMissingType = z.infer<typeof BureauConfirmMissing>
export const BureauConfirmMissing = z
  .object({
    // removed: the household left the registry (no longer counted as
    // registered); kept: it is still on it (the file missed it).
    decision: z.enum(["removed", "kept"]),
    reason: z.string().trim().min(2).max(500),
  })
  .strict()
