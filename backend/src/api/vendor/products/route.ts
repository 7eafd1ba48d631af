import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCooperativeProductsWorkflow } from "../../../workflows/product"
import { ownedIds } from "../../utils/owned-ids"
import { resolveVendorCaller } from "../caller"
import { VENDOR_PRODUCT_FIELDS } from "./query-config"
import type {
  VendorCreateProductType,
  VendorGetProductsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetProductsParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { limit = 20, offset = 0 } = req.validatedQuery
  const ids = await ownedIds(req.scope, caller.cooperative.id, "products")
  if (!ids.length) {
    res.json({ products: [], count: 0, offset, limit })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: VENDOR_PRODUCT_FIELDS,
    filters: { id: ids },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ products: data, count: metadata?.count ?? 0, offset, limit })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<VendorCreateProductType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { title_en, description_en, ...product } = req.validatedBody
  const { result } = await createCooperativeProductsWorkflow(req.scope).run({
    input: {
      cooperative_id: caller.cooperative.id,
      actor_id: caller.user.id,
      products: [
        {
          ...product,
          metadata: { title_en, description_en },
        },
      ],
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [created],
  } = await query.graph({
    entity: "product",
    fields: VENDOR_PRODUCT_FIELDS,
    filters: { id: result[0].id },
  })
  res.status(201).json({ product: created })
}
