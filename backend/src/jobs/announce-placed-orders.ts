import type { MedusaContainer } from "@medusajs/framework/types"
import { announcePlacedOrdersWorkflow } from "../workflows/placement"

// Every minute: order.placed again for orders whose event was lost (a
// process killed after placing the order, before its events were released).
export default async function announcePlacedOrdersJob(
  container: MedusaContainer
) {
  await announcePlacedOrdersWorkflow(container).run({
    input: { now: new Date() },
  })
}

export const config = {
  name: "announce-placed-orders",
  schedule: "* * * * *",
}
