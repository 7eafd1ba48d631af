import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// Makes sure the variant's inventory item is stocked at the cooperative's
// location (at 0), so Medusa's adjust step can add the batch to it.
// Compensation removes the level only if this step created it.
export const ensureInventoryLevelStep = createStep(
  "ensure-inventory-level",
  async (
    input: { inventory_item_id: string; location_id: string },
    { container }
  ) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const [existing] = await inventory.listInventoryLevels({
      inventory_item_id: input.inventory_item_id,
      location_id: input.location_id,
    })
    if (existing) {
      return new StepResponse(existing, null)
    }
    const [level] = await inventory.createInventoryLevels([
      { ...input, stocked_quantity: 0 },
    ])
    return new StepResponse(level, level.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container
      .resolve(Modules.INVENTORY)
      .deleteInventoryLevels([createdId])
  }
)
