import type { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type VendorGetOrdersParamsType = z.infer<typeof VendorGetOrdersParams>
export const VendorGetOrdersParams = createFindParams({ limit: 20, offset: 0 })
