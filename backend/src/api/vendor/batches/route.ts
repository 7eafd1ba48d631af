import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createBatchWorkflow } from "../../../workflows/batch"
import { registeredHouseholdCount } from "../../utils/batch-view"
import { resolveVendorCaller } from "../caller"
import type {
  VendorCreateBatchType,
  VendorGetBatchesParamsType,
} from "./validators"

const LIST_FIELDS = [
  "id",
  "trace_code",
  "village",
  "harvested_at",
  "quantity",
  "unit",
  "stock_quantity",
  "purchase_price",
  "certifications",
  "voided_at",
  "void_reason",
  "created_at",
  "contributions.household_id",
  "product_variant.id",
  "product_variant.title",
  "product_variant.product.id",
  "product_variant.product.title",
]

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetBatchesParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { limit = 20, offset = 0 } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "batch",
    fields: LIST_FIELDS,
    filters: { cooperative_id: caller.cooperative.id },
    pagination: { skip: offset, take: limit, order: { harvested_at: "DESC" } },
  })
  const batches = data.map(({ contributions, product_variant, ...batch }) => ({
    ...batch,
    variant: product_variant ?? null,
    contribution_count: (contributions ?? []).length,
    registered_households: registeredHouseholdCount(contributions ?? []),
  }))
  res.json({ batches, count: metadata?.count ?? 0, offset, limit })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<VendorCreateBatchType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { units_per_stock_item, inspection, ...batch } = req.validatedBody
  if (inspection?.result === "fail") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "inspection.result: a batch that failed inspection cannot be stocked"
    )
  }
  // Unit mapping: every `units_per_stock_item` units of the batch make one
  // sellable item of the variant (120 kg at 1 kg per item → 120 in stock).
  const stock_quantity = Math.floor(batch.quantity / units_per_stock_item)
  if (stock_quantity < 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "units_per_stock_item is larger than the batch quantity"
    )
  }
  const { result } = await createBatchWorkflow(req.scope).run({
    input: {
      ...batch,
      inspection: inspection ? { ...inspection } : null,
      stock_quantity,
      cooperative_id: caller.cooperative.id,
      actor_id: caller.user.id,
    },
  })
  res.status(201).json({
    batch: {
      ...result,
      registered_households: registeredHouseholdCount(batch.contributions),
    },
  })
}
