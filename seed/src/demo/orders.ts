import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  attributeOrderPaymentsWorkflow,
  completeCartWithAllocationWorkflow,
  releaseOrderAllocationWorkflow,
} from "../../../backend/src/workflows/attribution"
import { linkOrderToCooperativesWorkflow } from "../../../backend/src/workflows/order"
import type { BaseStore } from "../base-store"
import { DEMO_LOGINS } from "./accounts"
import type { Container } from "./context"
import { loggerOf, progress } from "./context"
import { seededRandom } from "./random"

const DAY = 24 * 60 * 60 * 1000
const PARALLEL = 4

const ADDRESS = {
  first_name: "演示",
  last_name: "顾客",
  address_1: "天府大道北段 1700 号",
  city: "成都",
  province: "四川省",
  postal_code: "610041",
  country_code: "cn",
}

type Variant = { id: string; harvested: number }

const buyerEmail = (i: number) => `buyer${i}@demo.tianfu`

// Historical orders over the past 18 months, through the real checkout,
// capture, refund and cancel workflows: most are captured, some partly or
// wholly refunded, a few canceled before capture, and every tenth is the
// demo customer's (so its impact receipts have data). The seed does not
// rely on subscribers: it runs what they would (cooperative links,
// attribution; both idempotent) itself, after moving the order's clock back to its date:
// the only rows it touches directly are those timestamps. Idempotent: order
// i is made only when fewer than i+1 demo orders exist.
export async function ensureHistoricalOrders(
  container: Container,
  store: BaseStore,
  options: { count: number; now: number }
): Promise<number> {
  const logger = loggerOf(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const locking = container.resolve(Modules.LOCKING)
  const emails = [
    ...Array.from({ length: options.count }, (_, i) => buyerEmail(i)),
    DEMO_LOGINS.customer.email,
  ]
  const { data: existing } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { email: emails },
  })
  if (existing.length >= options.count) return 0

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "batches.harvested_at"],
  })
  const sellable: Variant[] = (
    variants as {
      id: string
      batches?: ({ harvested_at: string } | null)[]
    }[]
  ).flatMap((v) => {
    const dates = (v.batches ?? []).flatMap((b) =>
      b ? [new Date(b.harvested_at).getTime()] : []
    )
    return dates.length ? [{ id: v.id, harvested: Math.min(...dates) }] : []
  })
  const [option] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions({}, { take: 1, order: { name: "ASC" } })
  const [customer] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: DEMO_LOGINS.customer.email })
  if (!sellable.length || !option) return 0

  // One historical order, all its randomness drawn from its own index.
  const placeOrder = async (i: number) => {
    const random = seededRandom(5120000 + i)
    const mine = i % 10 === 0 && customer
    const lines = Array.from({ length: random.int(1, 3) }, () => ({
      variant_id: random.pick(sellable).id,
      quantity: random.int(1, 3),
    }))
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: store.regionId,
        sales_channel_id: store.salesChannelId,
        currency_code: "cny",
        email: mine ? DEMO_LOGINS.customer.email : buyerEmail(i),
        customer_id: mine ? customer.id : undefined,
        shipping_address: ADDRESS,
        billing_address: ADDRESS,
        items: lines,
      },
    })
    await addShippingMethodToCartWorkflow(container).run({
      input: { cart_id: cart.id, options: [{ id: option.id }] },
    })
    const { result: collection } = await createPaymentCollectionForCartWorkflow(
      container
    ).run({
      input: { cart_id: cart.id },
    })
    await createPaymentSessionsWorkflow(container).run({
      input: {
        payment_collection_id: collection.id,
        provider_id: "pp_system_default",
      },
    })
    const { result: placed } = await completeCartWithAllocationWorkflow(
      container
    ).run({ input: { id: cart.id } })
    const input = { order_id: placed.id }
    await linkOrderToCooperativesWorkflow(container).run({ input })

    // A date in the last 18 months, but never before its goods' harvest.
    const harvested = Math.max(
      ...lines.map(
        (l) => sellable.find((v) => v.id === l.variant_id)!.harvested
      )
    )
    const earliest = Math.max(options.now - 540 * DAY, harvested + 2 * DAY)
    const placedAt = new Date(
      earliest + random.next() * Math.max(options.now - DAY - earliest, 0)
    )
    const latest = options.now - 3600e3
    const capturedAt = new Date(
      Math.min(placedAt.getTime() + random.int(1, 48) * 3600e3, latest)
    )
    await knex("order").where({ id: placed.id }).update({
      created_at: placedAt,
    })

    const fate = random.next()
    if (fate < 0.04) {
      await cancelOrderWorkflow(container).run({
        input: { order_id: placed.id },
      })
      await releaseOrderAllocationWorkflow(container).run({ input })
    } else {
      const { data: payments } = await query.graph({
        entity: "payment",
        fields: ["id", "amount"],
        filters: { payment_collection_id: collection.id },
      })
      const payment = payments[0] as { id: string; amount: number }
      // The payment.captured / payment.refunded subscribers attribute under
      // this lock; holding it while the clock is moved back makes them read
      // the historical time, never "now".
      await locking.execute(`attribution:${placed.id}`, async () => {
        await capturePaymentWorkflow(container).run({
          input: { payment_id: payment.id },
        })
        await knex("capture")
          .where({ payment_id: payment.id })
          .update({ created_at: capturedAt })
        await knex("payment")
          .where({ id: payment.id })
          .update({ captured_at: capturedAt })
      })
      if (fate > 0.84) {
        // Some refunds: a bad fruit or two (part), or everything.
        const amount =
          fate > 0.95
            ? Number(payment.amount)
            : Math.max(
                1,
                Math.round(Number(payment.amount) * random.int(10, 40)) / 100
              )
        await locking.execute(`attribution:${placed.id}`, async () => {
          await refundPaymentWorkflow(container).run({
            input: { payment_id: payment.id, amount },
          })
          await knex("refund")
            .where({ payment_id: payment.id })
            .update({
              created_at: new Date(
                Math.min(capturedAt.getTime() + random.int(2, 20) * DAY, latest)
              ),
            })
        })
      }
      await attributeOrderPaymentsWorkflow(container).run({ input })
    }
  }

  // A few at a time: each order mostly waits on PostgreSQL, and batch rows
  // and per-order locks keep concurrent orders apart.
  let made = 0
  for (let i = existing.length; i < options.count; i += PARALLEL) {
    const chunk = Array.from(
      { length: Math.min(PARALLEL, options.count - i) },
      (_, k) => i + k
    )
    await Promise.all(chunk.map(placeOrder))
    made += chunk.length
    progress(logger, "historical orders", i + chunk.length, options.count)
  }
  return made
}
