import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { seededRandom } from "../../../seed/src/demo/random"
import type { BaseStore, Container } from "./context"

const ADDRESS = {
  first_name: "压测",
  last_name: "顾客",
  address_1: "天府大道北段 1700 号",
  address_2: "武侯区",
  city: "成都市",
  province: "四川省",
  postal_code: "610041",
  country_code: "cn",
  phone: "13800000000",
  metadata: { division_code: "510107" },
}

export type CartLine = { variant_id: string; quantity: number }

// A cart ready to complete: items, addresses, shipping method and a
// pp_system_default payment session, as the storefront leaves it.
export type ReadyCart = { cart_id: string; payment_collection_id: string }

type VariantRow = {
  id: string
  batches?: ({ stock_quantity: number; allocated_quantity: number } | null)[]
  inventory_items?: ({
    inventory?: {
      location_levels?: ({
        stocked_quantity: number
        reserved_quantity: number
      } | null)[]
    } | null
  } | null)[]
}

// Variants with traced batch stock, and how many units each can still sell:
// the smaller of the batches' free units and the inventory not yet reserved
// (the stock side reserves inventory without allocating batch units).
export async function sellableVariants(
  container: Container
): Promise<{ id: string; free: number }[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "batches.stock_quantity",
      "batches.allocated_quantity",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
  })
  return (data as VariantRow[])
    .map((v) => {
      const batchFree = (v.batches ?? []).reduce(
        (sum, b) =>
          sum +
          (b ? Number(b.stock_quantity) - Number(b.allocated_quantity) : 0),
        0
      )
      const inventoryFree = (v.inventory_items ?? [])
        .flatMap((i) => i?.inventory?.location_levels ?? [])
        .reduce(
          (sum, l) =>
            sum +
            (l ? Number(l.stocked_quantity) - Number(l.reserved_quantity) : 0),
          0
        )
      return { id: v.id, free: Math.min(batchFree, inventoryFree) }
    })
    .filter((v) => v.free > 0)
}

// The line sets of `count` orders: two different variants, one unit each,
// drawn from those with the most units left so repeated runs last longest.
export function orderLines(
  variants: { id: string; free: number }[],
  count: number
): CartLine[][] {
  const random = seededRandom(8800)
  const pool = [...variants].sort((a, b) => b.free - a.free)
  const remaining = new Map(pool.map((v) => [v.id, v.free]))
  return Array.from({ length: count }, () => {
    const open = pool.filter((v) => (remaining.get(v.id) ?? 0) >= 2)
    if (open.length < 2) {
      throw new Error(
        "not enough batch stock left in the bench database: run `npm run bench -- --fresh`"
      )
    }
    const first = random.pick(open.slice(0, Math.max(2, open.length >> 1)))
    const second = random.pick(open.filter((v) => v.id !== first.id))
    return [first, second].map((v) => {
      // Both sides of a pair buy the same lines: two units per pair.
      remaining.set(v.id, (remaining.get(v.id) ?? 0) - 2)
      return { variant_id: v.id, quantity: 1 }
    })
  })
}

export async function shippingOptionId(container: Container): Promise<string> {
  const [option] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions({}, { take: 1, order: { name: "ASC" } })
  if (!option) throw new Error("the bench database has no shipping option")
  return option.id
}

// Builds a cart through Medusa's core workflows, as the seed's historical
// orders do; never timed.
export async function buildCart(
  container: Container,
  store: BaseStore,
  input: { email: string; lines: CartLine[]; shipping_option_id: string }
): Promise<ReadyCart> {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: store.regionId,
      sales_channel_id: store.salesChannelId,
      currency_code: "cny",
      email: input.email,
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
      items: input.lines,
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: input.shipping_option_id }] },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(
    container
  ).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: {
      payment_collection_id: collection.id,
      provider_id: "pp_system_default",
    },
  })
  return { cart_id: cart.id, payment_collection_id: collection.id }
}
