import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BATCH_MODULE } from "../../../modules/batch"
import type BatchModuleService from "../../../modules/batch/service"
import { VOID_REFUSALS } from "../../../modules/batch/service"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { BATCH_PAID_REFUSAL } from "../../../modules/linkage/service"

// The refusals a void can meet, read before anything is written, so a
// refused void writes nothing and an order placed meanwhile is never
// turned away by a void about to be refused. The writing steps check again
// under their locks.
export const validateBatchVoidableStep = createStep(
  "validate-batch-voidable",
  async (
    input: { batch_id: string; voided_at?: Date | string | null },
    { container }
  ) => {
    if (input.voided_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        VOID_REFUSALS.alreadyVoided
      )
    }
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    const [, sold] = await batches.listAndCountBatchAllocations(
      { batch_id: input.batch_id },
      { take: 1 }
    )
    if (sold > 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, VOID_REFUSALS.sold)
    }
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const paid = await linkage.listLinkageObligations(
      { source_type: "batch", source_id: input.batch_id, settled: { $gt: 0 } },
      { take: 1 }
    )
    if (paid.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, BATCH_PAID_REFUSAL)
    }
    return new StepResponse(true)
  }
)

// Marks the batch voided if nothing of it was ever allocated to an order
// (BatchModuleService.voidBatch locks it as an allocation would). Undone by
// clearing the mark.
export const voidBatchStep = createStep(
  "void-batch",
  async (
    input: { batch_id: string; cooperative_id: string; reason: string },
    { container }
  ) => {
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    const voided = await batches.voidBatch({
      id: input.batch_id,
      cooperative_id: input.cooperative_id,
      reason: input.reason,
    })
    return new StepResponse(voided, voided.id)
  },
  async (id, { container }) => {
    if (!id) return
    const batches: BatchModuleService = container.resolve(BATCH_MODULE)
    await batches.unvoidBatch(id)
  }
)

// Takes the batch's units back out of the variant's stock at the
// cooperative's location. Refused when fewer are free than the batch added
// (units of the variant reserved by placed orders, or taken out by hand):
// the stock would go below what was promised. Undone by adding them back.
export const withdrawBatchStockStep = createStep(
  "withdraw-batch-stock",
  async (
    input: { batch_id: string; cooperative_id: string; stock_quantity: number },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [batch],
    } = await query.graph({
      entity: "batch",
      fields: ["product_variant.inventory_items.inventory_item_id"],
      filters: { id: input.batch_id },
    })
    const {
      data: [cooperative],
    } = await query.graph({
      entity: "cooperative",
      fields: ["stock_location.id"],
      filters: { id: input.cooperative_id },
    })
    const itemId =
      batch?.product_variant?.inventory_items?.[0]?.inventory_item_id
    const locationId = cooperative?.stock_location?.id
    if (!itemId || !locationId || input.stock_quantity <= 0) {
      return new StepResponse(null, null)
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const [level] = await inventory.listInventoryLevels({
      inventory_item_id: itemId,
      location_id: locationId,
    })
    const free = level
      ? Number(level.stocked_quantity) - Number(level.reserved_quantity)
      : 0
    if (free < input.stock_quantity) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Only ${free} units of this product are free in stock, fewer than the ${input.stock_quantity} the batch added; it cannot be voided`
      )
    }
    await inventory.adjustInventory(itemId, locationId, -input.stock_quantity)
    const undo = {
      itemId,
      locationId,
      quantity: input.stock_quantity,
    }
    return new StepResponse(undo, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await container
      .resolve(Modules.INVENTORY)
      .adjustInventory(undo.itemId, undo.locationId, undo.quantity)
  }
)
