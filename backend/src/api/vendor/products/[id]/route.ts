import { updateCooperativeProductWorkflow } from "../../../../workflows/product"
import type { VendorUpdateProductType } from "../validators"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { ownedIds } from "../../../utils/owned-ids"
import { resolveVendorCaller } from "../../caller"
import { VENDOR_PRODUCT_FIELDS } from "../query-config"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const ids = await ownedIds(req.scope, caller.cooperative.id, "products")
  if (!ids.includes(req.params.id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product ${req.params.id} was not found`
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: VENDOR_PRODUCT_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ product })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<VendorUpdateProductType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  await updateCooperativeProductWorkflow(req.scope).run({
    input: {
      cooperative_id: caller.cooperative.id,
      actor_id: caller.user.id,
      product_id: req.params.id,
      update: req.validatedBody,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: VENDOR_PRODUCT_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ product })
}
