import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// The order a payment belongs to (payments of carts not yet placed have none).
export async function findPaymentOrderId(
  container: MedusaContainer,
  paymentId: string
): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: paymentId },
  })
  const collection = payment?.payment_collection as
    { order?: { id: string } | null } | null | undefined
  return collection?.order?.id ?? null
}
