import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CARRIERS, type CarrierCode, formatYuan } from "@tianfu/domain"
import { sendEmail } from "../lib/notifications/send"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { consoleUrl, storefrontUrl } from "../api/utils/storefront-url"
import { findPaymentOrderId } from "../workflows/attribution/utils/payment-order"

// The shopper's e-mails about an order, to the order's address: placed,
// each cooperative's parcel shipped (carrier and waybill), refunded; and
// to each cooperative with lines in a new order, its staff's alert. Each
// has an idempotency key, so a redelivered event sends nothing twice.
export default async function orderEmailsHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderUrl = storefrontUrl("/account")
  const order = async (id: string) =>
    (
      await query.graph({
        entity: "order",
        fields: ["id", "display_id", "email", "total", "no_notification"],
        filters: { id },
      })
    ).data[0]

  if (event.name === "order.placed") {
    await alertCooperatives(container, event.data.id)
    const placed = await order(event.data.id)
    if (!placed?.email || placed.no_notification) return
    await sendEmail(container, {
      to: placed.email,
      template: "order-placed",
      data: {
        display_id: placed.display_id,
        total: formatYuan(Number(placed.total ?? 0)),
        order_url: orderUrl,
      },
      idempotency_key: `order-placed:${placed.id}`,
      resource_type: "order",
      resource_id: placed.id,
    })
    return
  }

  if (event.name === "shipment.created") {
    const {
      data: [fulfillment],
    } = await query.graph({
      entity: "fulfillment",
      fields: [
        "id",
        "metadata",
        "labels.tracking_number",
        "labels.tracking_url",
        "order.id",
      ],
      filters: { id: event.data.id },
    })
    const orderId = (fulfillment?.order as { id?: string } | null)?.id
    const shipped = orderId ? await order(orderId) : null
    if (!fulfillment || !shipped?.email) return
    const metadata = (fulfillment.metadata ?? {}) as {
      carrier?: string
      cooperative_id?: string
    }
    const carrier = CARRIERS[metadata.carrier as CarrierCode]
    const { data: cooperatives } = metadata.cooperative_id
      ? await query.graph({
          entity: "cooperative",
          fields: ["name"],
          filters: { id: metadata.cooperative_id },
        })
      : { data: [] }
    const label = (
      (fulfillment.labels ?? []) as ({
        tracking_number?: string
        tracking_url?: string
      } | null)[]
    ).find((l) => l?.tracking_number)
    await sendEmail(container, {
      to: shipped.email,
      template: "order-shipped",
      data: {
        display_id: shipped.display_id,
        cooperative: cooperatives[0]?.name ?? "",
        carrier_zh: carrier?.zh ?? metadata.carrier ?? "",
        carrier_en: carrier?.en ?? metadata.carrier ?? "",
        tracking_number: label?.tracking_number ?? null,
        tracking_url: label?.tracking_url || null,
        order_url: orderUrl,
      },
      idempotency_key: `order-shipped:${fulfillment.id}`,
      resource_type: "order",
      resource_id: shipped.id,
    })
    return
  }

  // payment.refunded: the newest refund of the payment.
  const {
    data: [payment],
  } = await query.graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount", "refunds.created_at"],
    filters: { id: event.data.id },
  })
  const refund = (
    (payment?.refunds ?? []) as ({
      id: string
      amount: number
      created_at: string | Date
    } | null)[]
  )
    .flatMap((r) => (r ? [r] : []))
    .sort((a, b) => +new Date(b.created_at) - +new Date(a.created_at))[0]
  const orderId = await findPaymentOrderId(container, event.data.id)
  const refunded = orderId ? await order(orderId) : null
  if (!refund || !refunded?.email) return
  await sendEmail(container, {
    to: refunded.email,
    template: "order-refunded",
    data: {
      display_id: refunded.display_id,
      amount: formatYuan(Number(refund.amount)),
      order_url: orderUrl,
    },
    idempotency_key: `order-refunded:${refund.id}`,
    resource_type: "order",
    resource_id: refunded.id,
  })
}

export const config: SubscriberConfig = {
  event: ["order.placed", "shipment.created", "payment.refunded"],
}

// "New order to ship", to every staff member of each cooperative with lines
// in the order: its own lines (product, size, quantity) and a link to the
// order in the console. Nothing about the shopper: the recipient is read in
// the console, where each read is audited.
async function alertCooperatives(
  container: SubscriberArgs<unknown>["container"],
  orderId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [placed],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "items.product_id",
      "items.product_title",
      "items.variant_title",
      "items.detail.quantity",
    ],
    filters: { id: orderId },
  })
  type Line = {
    product_id: string | null
    product_title: string | null
    variant_title: string | null
    // The ordered quantity lives on the order's item record.
    detail?: { quantity: unknown } | null
  }
  const items = ((placed?.items ?? []) as (Line | null)[]).flatMap((i) =>
    i ? [i] : []
  )
  const productIds = [...new Set(items.map((i) => i.product_id as string))]
  if (!placed || !productIds.length) return
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "cooperative.id", "cooperative.name"],
    filters: { id: productIds },
  })
  const byCooperative = new Map<string, { name: string; lines: string[] }>()
  for (const item of items) {
    const cooperative = products.find((p) => p.id === item.product_id)
      ?.cooperative as { id: string; name: string } | null | undefined
    if (!cooperative) continue
    const entry = byCooperative.get(cooperative.id) ?? {
      name: cooperative.name,
      lines: [],
    }
    entry.lines.push(
      `${item.product_title}${item.variant_title ? ` ${item.variant_title}` : ""} × ${Number(item.detail?.quantity ?? 0)}`
    )
    byCooperative.set(cooperative.id, entry)
  }
  if (!byCooperative.size) return
  const cooperatives: CooperativeModuleService =
    container.resolve(COOPERATIVE_MODULE)
  const staff = await cooperatives.listCooperativeUsers(
    { cooperative_id: [...byCooperative.keys()] },
    { select: ["id", "email", "cooperative_id"], take: null }
  )
  for (const user of staff) {
    const entry = byCooperative.get(user.cooperative_id)
    if (!entry || !user.email) continue
    await sendEmail(container, {
      to: user.email,
      template: "cooperative-new-order",
      data: {
        display_id: placed.display_id,
        cooperative: entry.name,
        items: entry.lines.join("；"),
        order_url: consoleUrl(`/coop/orders/${placed.id}`),
      },
      idempotency_key: `cooperative-new-order:${placed.id}:${user.id}`,
      resource_type: "order",
      resource_id: placed.id,
    })
  }
}
