import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  capturePaymentWorkflow,
  completeCartWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  attributeOrderPaymentsWorkflow,
  completeCartWithAllocationWorkflow,
} from "../../../backend/src/workflows/attribution"
import {
  type Comparison,
  compare,
  type Summary,
  summarize,
  timed,
} from "../lib/timing"
import {
  buildCart,
  orderLines,
  type ReadyCart,
  sellableVariants,
  shippingOptionId,
} from "./carts"
import { checkOrders, type OrderChecks } from "./checks"
import { type BaseStore, type Container, log } from "./context"

export type Side = "disabled" | "enabled"

export type OrderFlowResult = {
  pairs: number
  warmup_pairs: number
  placement: Comparison
  capture: Comparison & {
    enabled_capture_step: Summary
    enabled_attribution_step: Summary
  }
  checks: OrderChecks
}

type Pair = Record<Side, ReadyCart & { order_id?: string; payment_id?: string }>

// Pair i runs disabled-then-enabled when i is even and the other way round
// when odd, so drift (caches, table growth, autovacuum) falls on both sides.
const sidesOf = (i: number): Side[] =>
  i % 2 === 0 ? ["disabled", "enabled"] : ["enabled", "disabled"]

// Order placement and capture with and without allocation and attribution,
// interleaved A/B in one process against one database. Only the workflow
// calls are timed; building the carts is not.
export async function benchOrderFlows(
  container: Container,
  store: BaseStore,
  options: { pairs: number; warmup: number; tag: string }
): Promise<OrderFlowResult> {
  const total = options.warmup + options.pairs
  const lines = orderLines(await sellableVariants(container), total)
  const shipping_option_id = await shippingOptionId(container)
  const pairs: Pair[] = []
  for (let i = 0; i < total; i++) {
    const cart = (side: Side) =>
      buildCart(container, store, {
        email: `bench-${side}-${options.tag}-${i}@bench.tianfu`,
        lines: lines[i],
        shipping_option_id,
      })
    pairs.push({
      disabled: await cart("disabled"),
      enabled: await cart("enabled"),
    })
    if ((i + 1) % 10 === 0 || i + 1 === total)
      log(container, `carts built ${2 * (i + 1)}/${2 * total}`)
  }

  const placed: Record<Side, number[]> = { disabled: [], enabled: [] }
  for (const [i, pair] of pairs.entries()) {
    for (const side of sidesOf(i)) {
      const { ms, result } = await timed(() =>
        side === "enabled"
          ? completeCartWithAllocationWorkflow(container).run({
              input: { id: pair[side].cart_id },
            })
          : completeCartWorkflow(container).run({
              input: { id: pair[side].cart_id },
            })
      )
      pair[side].order_id = result.result.id
      if (i >= options.warmup) placed[side].push(ms)
    }
  }
  log(container, `placed ${2 * total} orders`)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection_id"],
    filters: {
      payment_collection_id: pairs.flatMap((p) => [
        p.disabled.payment_collection_id,
        p.enabled.payment_collection_id,
      ]),
    },
  })
  const paymentOf = new Map(
    (payments as { id: string; payment_collection_id: string }[]).map((p) => [
      p.payment_collection_id,
      p.id,
    ])
  )

  const captured: Record<Side, number[]> = { disabled: [], enabled: [] }
  const steps = { capture: [] as number[], attribution: [] as number[] }
  for (const [i, pair] of pairs.entries()) {
    for (const side of sidesOf(i)) {
      const { order_id, payment_collection_id } = pair[side]
      const payment_id = paymentOf.get(payment_collection_id)
      if (!payment_id || !order_id) {
        throw new Error(`no payment for cart ${pair[side].cart_id}`)
      }
      const capture = () =>
        timed(() =>
          capturePaymentWorkflow(container).run({ input: { payment_id } })
        )
      // In production attribution runs in the payment.captured subscriber,
      // after the capture has returned; here it runs right after it, timed.
      const { ms } = await timed(async () => {
        const parts = [(await capture()).ms]
        if (side === "enabled") {
          const attribution = await timed(() =>
            attributeOrderPaymentsWorkflow(container).run({
              input: { order_id },
            })
          )
          parts.push(attribution.ms)
        }
        if (i >= options.warmup && side === "enabled") {
          steps.capture.push(parts[0])
          steps.attribution.push(parts[1])
        }
      })
      if (i >= options.warmup) captured[side].push(ms)
    }
  }
  log(container, `captured ${2 * total} payments`)

  const orderIds = (side: Side) => pairs.map((p) => p[side].order_id!)
  return {
    pairs: options.pairs,
    warmup_pairs: options.warmup,
    placement: compare(placed.disabled, placed.enabled),
    capture: {
      ...compare(captured.disabled, captured.enabled),
      enabled_capture_step: summarize(steps.capture),
      enabled_attribution_step: summarize(steps.attribution),
    },
    checks: await checkOrders(container, {
      disabled: orderIds("disabled"),
      enabled: orderIds("enabled"),
    }),
  }
}
