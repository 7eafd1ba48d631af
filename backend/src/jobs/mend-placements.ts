import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  announcePlacedOrdersWorkflow,
  findAbandonedPlacementsWorkflow,
  finishAbandonedPlacementWorkflow,
} from "../workflows/placement"

// Every minute, what a killed process left of checkouts (see the placement
// model): order.placed again for orders whose event was lost, and the
// placement of every cart whose cut checkout its shopper never retried.
export default async function mendPlacementsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = new Date()
  await announcePlacedOrdersWorkflow(container).run({ input: { now } })
  const { result: cartIds } = await findAbandonedPlacementsWorkflow(
    container
  ).run({ input: { now } })
  // One cart at a time, each in its own workflow: one that fails (its
  // shopper is completing it right now, or its stock is gone) is logged
  // and tried again next minute, and does not hold up the others.
  for (const cart_id of cartIds) {
    const { errors } = await finishAbandonedPlacementWorkflow(container).run({
      input: { cart_id },
      throwOnError: false,
    })
    if (errors.length) {
      logger.warn(
        `mend-placements: cart ${cart_id} not finished: ${errors[0].error?.message ?? errors[0].error}`
      )
    }
  }
}

export const config = {
  name: "mend-placements",
  schedule: "* * * * *",
}
