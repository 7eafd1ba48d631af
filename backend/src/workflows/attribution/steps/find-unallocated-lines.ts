import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import VariantBatchLink from "../../../links/variant-batch"
import { BATCH_MODULE } from "../../../modules/batch"
import type BatchModuleService from "../../../modules/batch/service"
import type { UnitRequest } from "../../../modules/batch/service"
import {
  lineQuantity,
  type OrderLine,
} from "../../../lib/attribution/line-quantity"

// The order's lines never allocated, each with the batches of its variant,
// so that allocating the same order twice allocates nothing. Whether a line
// was allocated is read from the batch module's records, which commit with
// the counter: the allocation is stored there and nowhere else. So a new
// order costs three reads here: its lines, their records, and their
// variants' batch links (the link table alone, not the variants and
// batches behind it).
export const findUnallocatedLinesStep = createStep(
  "find-unallocated-lines",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.id",
        "items.variant_id",
        "items.quantity",
        "items.detail.quantity",
      ],
      filters: { id: input.order_id },
    })
    const items = ((order?.items ?? []) as (OrderLine | null)[]).filter(
      (item): item is OrderLine => !!item?.variant_id
    )
    if (!items.length) return new StepResponse([] as UnitRequest[])
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    const lineIds = items.map((item) => item.id)
    const allocated = new Set(await batches.allocatedLineIds(lineIds))
    const pending = items.filter((item) => !allocated.has(item.id))
    if (!pending.length) return new StepResponse([] as UnitRequest[])
    const { data: variantBatches } = await query.graph({
      entity: VariantBatchLink.entryPoint,
      fields: ["product_variant_id", "batch_id"],
      filters: {
        product_variant_id: [...new Set(pending.map((i) => i.variant_id!))],
      },
    })
    const batchesOf = new Map<string, string[]>()
    for (const link of variantBatches as {
      product_variant_id: string
      batch_id: string
    }[]) {
      const ids = batchesOf.get(link.product_variant_id)
      if (ids) ids.push(link.batch_id)
      else batchesOf.set(link.product_variant_id, [link.batch_id])
    }
    return new StepResponse(
      pending.map((item): UnitRequest => ({
        line_item_id: item.id,
        batch_ids: batchesOf.get(item.variant_id!) ?? [],
        quantity: lineQuantity(item),
      }))
    )
  }
)
