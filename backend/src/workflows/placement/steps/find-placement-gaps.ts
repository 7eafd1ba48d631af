import type {
  ConfirmVariantInventoryWorkflowInputDTO,
  LinkDefinition,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  lineQuantity,
  type OrderLine,
} from "../../../lib/attribution/line-quantity"

export type PlacementGaps = {
  // The cart was never marked completed.
  complete_cart: boolean
  // Links Medusa makes with the order's cart link, in other transactions.
  links: LinkDefinition[]
  // Lines with no inventory reservation, as Medusa's inventory confirmation
  // takes them; empty when every line is reserved.
  unreserved: ConfirmVariantInventoryWorkflowInputDTO
  // The cart's payment session still to authorize, if none is authorized.
  payment_session_id: string | null
}

type Identified = { id: string }
type Session = Identified & { status: string }

// A list from query.graph without its null entries.
function present<T>(list: unknown): T[] {
  return ((list ?? []) as (T | null)[]).filter((x): x is T => !!x)
}

// The fields Medusa's inventory confirmation reads from each variant.
const INVENTORY_FIELDS = [
  "id",
  "manage_inventory",
  "allow_backorder",
  "inventory_items.inventory_item_id",
  "inventory_items.required_quantity",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
  "inventory_items.inventory.location_levels.raw_stocked_quantity",
  "inventory_items.inventory.location_levels.raw_reserved_quantity",
  "inventory_items.inventory.location_levels.location_id",
  "inventory_items.inventory.location_levels.stock_locations.id",
  "inventory_items.inventory.location_levels.stock_locations.name",
  "inventory_items.inventory.location_levels.stock_locations.sales_channels.id",
  "inventory_items.inventory.location_levels.stock_locations.sales_channels.name",
]

const AUTHORIZED: string[] = [
  PaymentSessionStatus.AUTHORIZED,
  PaymentSessionStatus.CAPTURED,
]
const AUTHORIZABLE: string[] = [
  PaymentSessionStatus.PENDING,
  PaymentSessionStatus.REQUIRES_MORE,
]

// What Medusa's cart completion left undone for an order whose attempt was
// cut short: Medusa creates the order, then links it, marks the cart
// completed, reserves its stock and authorizes the payment, each in its own
// transaction, and a later completion of the same cart only returns the
// order. Reads only; the finishing workflow does the writes.
export const findPlacementGapsStep = createStep(
  "find-placement-gaps",
  async (input: { order_id: string; cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: carts }, { data: orders }] = await Promise.all([
      query.graph({
        entity: "cart",
        fields: [
          "id",
          "completed_at",
          "promotions.id",
          "payment_collection.id",
          "payment_collection.payment_sessions.id",
          "payment_collection.payment_sessions.status",
        ],
        filters: { id: input.cart_id },
      }),
      query.graph({
        entity: "order",
        fields: [
          "id",
          "sales_channel_id",
          "items.id",
          "items.variant_id",
          "items.quantity",
          "items.detail.quantity",
          "payment_collections.id",
          "promotions.id",
        ],
        filters: { id: input.order_id },
      }),
    ])
    const [cart, order] = [carts[0], orders[0]]

    const links: LinkDefinition[] = []
    const collectionId = cart.payment_collection?.id
    const orderCollections = new Set(
      present<Identified>(order.payment_collections).map((c) => c.id)
    )
    if (collectionId && !orderCollections.has(collectionId)) {
      links.push({
        [Modules.ORDER]: { order_id: order.id },
        [Modules.PAYMENT]: { payment_collection_id: collectionId },
      })
    }
    const orderPromotions = new Set(
      present<Identified>(order.promotions).map((p) => p.id)
    )
    for (const promotion of present<Identified>(cart.promotions)) {
      if (orderPromotions.has(promotion.id)) continue
      links.push({
        [Modules.ORDER]: { order_id: order.id },
        [Modules.PROMOTION]: { promotion_id: promotion.id },
      })
    }

    const lines = present<OrderLine>(order.items).filter(
      (line) => !!line.variant_id
    )
    const inventory = container.resolve(Modules.INVENTORY)
    const reserved = new Set(
      lines.length
        ? (
            await inventory.listReservationItems(
              { line_item_id: lines.map((line) => line.id) },
              { select: ["line_item_id"] }
            )
          ).map((r) => r.line_item_id)
        : []
    )
    const unreservedLines = lines.filter((line) => !reserved.has(line.id))
    const { data: variants } = unreservedLines.length
      ? await query.graph({
          entity: "product_variant",
          fields: INVENTORY_FIELDS,
          filters: { id: unreservedLines.map((line) => line.variant_id!) },
        })
      : { data: [] }

    const sessions = present<Session>(cart.payment_collection?.payment_sessions)
    const authorized = sessions.some((s) => AUTHORIZED.includes(s.status))
    const next = sessions.find((s) => AUTHORIZABLE.includes(s.status))

    return new StepResponse<PlacementGaps>({
      complete_cart: !cart.completed_at,
      links,
      unreserved: {
        sales_channel_id: order.sales_channel_id as string,
        variants:
          variants as ConfirmVariantInventoryWorkflowInputDTO["variants"],
        items: unreservedLines.map((line) => ({
          id: line.id,
          variant_id: line.variant_id!,
          quantity: lineQuantity(line),
        })),
      },
      payment_session_id: authorized ? null : (next?.id ?? null),
    })
  }
)
