import { z } from "@medusajs/framework/zod"
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
