import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lineAllocations } from "../../../lib/attribution/line-allocations"
import type { UnitRequest } from "../../../modules/batch/service"
import {
  lineQuantity,
  type OrderLine,
} from "../../../lib/attribution/line-quantity"

// The order's lines that have no batch allocation yet, each with the batches
// of its variant, so that allocating the same order twice allocates nothing.
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
    const allocated = new Set(
      (
        await lineAllocations(
          container,
          items.map((item) => item.id)
        )
      ).map((a) => a.order_line_item_id)
    )
    const pending = items.filter((item) => !allocated.has(item.id))
    if (!pending.length) return new StepResponse([] as UnitRequest[])
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "batches.id"],
      filters: { id: [...new Set(pending.map((item) => item.variant_id!))] },
    })
    const batchesOf = new Map(
      (variants as { id: string; batches?: ({ id: string } | null)[] }[]).map(
        (v) => [v.id, (v.batches ?? []).flatMap((b) => (b ? [b.id] : []))]
      )
    )
    return new StepResponse(
      pending.map((item): UnitRequest => ({
        line_item_id: item.id,
        batch_ids: batchesOf.get(item.variant_id!) ?? [],
        quantity: lineQuantity(item),
      }))
    )
  }
)
