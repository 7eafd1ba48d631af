import type { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type VendorGetUsersParamsType = z.infer<typeof VendorGetUsersParams>
export const VendorGetUsersParams = createFindParams({ limit: 50, offset: 0 })
