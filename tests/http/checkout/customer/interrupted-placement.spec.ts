import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  allocateOrderWorkflow,
  completeCartWithAllocationWorkflow,
} from "../../../../backend/src/workflows/attribution"
import {
  announcePlacedOrdersWorkflow,
  findAbandonedPlacementsWorkflow,
  finishAbandonedPlacementWorkflow,
} from "../../../../backend/src/workflows/placement"
import { PLACEMENT_MODULE } from "../../../../backend/src/modules/placement"
import type PlacementModuleService from "../../../../backend/src/modules/placement/service"
import { prepareCart } from "../../../helpers/checkout"
import { eventually } from "../../../helpers/eventually"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  placements,
  setUpTracedProduct,
  sqlOn,
  type TracedProduct,
  UNITS_PER_CART,
} from "../../../reliability/traced-checkout"

jest.setTimeout(180 * 1000)

// Medusa's completion runs this hook after it has created, linked and
// reserved the order and before it authorizes the payment; its types name
// only the `validate` hook.
const stoppableCompletion = completeCartWorkflow.hooks as unknown as {
  beforePaymentAuthorization: (
    handler: (data: { input: { id: string } }) => Promise<void>
  ) => void
}

// A checkout whose process dies mid-way, in one process: Medusa's completion
// is stopped for good (its hook never returns) after it has created the
// order, linked it to the cart, reserved the stock and staged order.placed,
// and before it authorizes the payment. That run's events are never
// released, its lock is dropped as a dead process's would expire, and the
// shopper retries. The kill -9 suite (tests/reliability/processes) does the
// same with real processes.
describeHttp("checkout cut short", ({ request, getContainer }) => {
  let product: TracedProduct
  const sql = sqlOn(getContainer)
  // Carts whose completion stops before authorization, with a callback
  // for when it gets there.
  const stopBefore = new Map<string, () => void>()

  beforeAll(async () => {
    product = await setUpTracedProduct(request, getContainer(), "interrupted")
    stoppableCompletion.beforePaymentAuthorization(async ({ input }) => {
      const stopped = stopBefore.get(input.id)
      if (!stopped) return
      stopped()
      await new Promise(() => undefined)
    })
  })

  // A guest cart of the traced product, ready to complete.
  const shopperCart = (shopper: string) =>
    prepareCart(request, {
      publishableKey: product.publishableKey,
      items: [{ variant_id: product.variant, quantity: UNITS_PER_CART }],
      email: `${shopper}-${Date.now()}@example.com`,
    })

  // Starts a cart's completion and leaves it stopped before authorization,
  // as a process killed there would.
  async function cutBeforeAuthorization(): Promise<{
    cartId: string
    headers: Record<string, string>
    orderId: string
  }> {
    const { cartId, headers } = await shopperCart("cut")
    await new Promise<void>((reached) => {
      stopBefore.set(cartId, reached)
      completeCartWithAllocationWorkflow(getContainer())
        .run({ input: { id: cartId } })
        .catch(() => undefined)
    })
    await getContainer().resolve(Modules.LOCKING).release(cartId)
    const [link] = await sql<{ order_id: string }>(
      "select order_id from order_cart where cart_id = ? and deleted_at is null",
      [cartId]
    )
    return { cartId, headers, orderId: link.order_id }
  }

  const completeAgain = (cartId: string, headers: Record<string, string>) =>
    request().post(`/store/carts/${cartId}/complete`).set(headers).send({})

  async function placementOf(orderId: string) {
    return (await placements(sql)).find((p) => p.order_id === orderId)
  }

  // Paid, reserved, allocated and visible to its cooperative (the last by
  // the order.placed subscriber, hence eventually).
  const expectPlacedInFull = (orderId: string) =>
    eventually(async () =>
      expect(await placementOf(orderId)).toMatchObject({
        live_payments: 1,
        reserved: UNITS_PER_CART,
        allocated: UNITS_PER_CART,
        cooperatives: 1,
      })
    )

  it("finishes the order of a checkout cut before its payment was authorized", async () => {
    const { cartId, headers, orderId } = await cutBeforeAuthorization()
    // What the cut left: an order with its stock reserved and no payment,
    // and nothing that order.placed does.
    expect(await placementOf(orderId)).toMatchObject({
      live_payments: 0,
      reserved: UNITS_PER_CART,
      cooperatives: 0,
    })

    const retried = await completeAgain(cartId, headers)
    expect({ status: retried.status, body: retried.body }).toMatchObject({
      status: 200,
      body: { type: "order", order: { id: orderId } },
    })

    // Finished: one authorized payment, stock reserved once, the batch
    // allocated, and (order.placed emitted again) the cooperative sees it.
    await eventually(async () =>
      expect(await placementOf(orderId)).toEqual({
        order_id: orderId,
        live_payments: 1,
        session_status: "authorized",
        reserved: UNITS_PER_CART,
        allocated: UNITS_PER_CART,
        cooperatives: 1,
      })
    )
    const orders = await sql<{ id: string }>(
      "select order_id as id from order_cart where cart_id = ? and deleted_at is null",
      [cartId]
    )
    expect(orders).toEqual([{ id: orderId }])
    const [placement] = await sql<{ finished: boolean }>(
      "select finished_at is not null as finished from placement where cart_id = ?",
      [cartId]
    )
    expect(placement).toEqual({ finished: true })

    // A further completion changes nothing.
    const again = await completeAgain(cartId, headers)
    expect(again.body.order.id).toBe(orderId)
    expect(await placementOf(orderId)).toMatchObject({
      live_payments: 1,
      reserved: UNITS_PER_CART,
      allocated: UNITS_PER_CART,
    })
  })

  it("returns the order a cut checkout created before linking it to the cart, and places no second one", async () => {
    const { cartId, headers, orderId } = await cutBeforeAuthorization()
    // As if the process died before Medusa linked the order to its cart
    // (the links, the completed cart and the reservations commit apart).
    const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss({
      [Modules.ORDER]: { order_id: orderId },
      [Modules.CART]: { cart_id: cartId },
    })

    const retried = await completeAgain(cartId, headers)
    expect({ status: retried.status, body: retried.body }).toMatchObject({
      status: 200,
      body: { type: "order", order: { id: orderId } },
    })

    const [customer] = await sql<{ orders: number }>(
      `select count(*)::int as orders from "order"
        where deleted_at is null
          and customer_id = (select customer_id from cart where id = ?)`,
      [cartId]
    )
    expect(customer.orders).toBe(1)
    await expectPlacedInFull(orderId)
  })

  it("leaves a checkout that was never cut alone on a second completion", async () => {
    const { cartId, headers } = await shopperCart("whole")
    const first = await completeAgain(cartId, headers)
    expect(first.body).toMatchObject({ type: "order" })
    const second = await completeAgain(cartId, headers)
    expect(second.body.order.id).toBe(first.body.order.id)
    await expectPlacedInFull(first.body.order.id)
  })

  // The batch counter and its allocation records commit in one transaction
  // and are the whole allocation (kill-restart.spec.ts once found the
  // counter counted twice when a second copy committed apart): a process
  // that dies after that transaction left a finished allocation, and any
  // later allocation of the order, by the subscriber or the mend job,
  // counts nothing again.
  it("counts an order's allocation once however often it is allocated", async () => {
    const { cartId, headers } = await shopperCart("reallocated")
    const placed = await completeAgain(cartId, headers)
    const orderId = placed.body.order.id as string
    // Wait for the order.placed subscriber, which allocates too.
    await eventually(async () => {
      const [placement] = await sql<{ handled: boolean }>(
        "select handled_at is not null as handled from placement where cart_id = ?",
        [cartId]
      )
      expect(placement).toEqual({ handled: true })
    })
    const counted = async () =>
      (
        await sql<{ allocated: number }>(
          "select allocated_quantity::int as allocated from batch where id = ?",
          [product.batchId]
        )
      )[0].allocated
    const held = await counted()
    expect(await placementOf(orderId)).toMatchObject({
      allocated: UNITS_PER_CART,
    })

    const allocate = () =>
      allocateOrderWorkflow(getContainer()).run({
        input: { order_id: orderId },
      })
    const [again, andAgain] = await Promise.all([allocate(), allocate()])
    expect(again.result).toEqual([])
    expect(andAgain.result).toEqual([])
    expect(await placementOf(orderId)).toMatchObject({
      allocated: UNITS_PER_CART,
    })
    expect(await counted()).toBe(held)
  })

  it("emits order.placed again for a placed order whose event was lost", async () => {
    const { cartId, headers } = await shopperCart("lost")
    const placed = await completeAgain(cartId, headers)
    const orderId = placed.body.order.id as string
    const handled = async () =>
      (
        await sql<{ handled: boolean }>(
          "select handled_at is not null as handled from placement where cart_id = ?",
          [cartId]
        )
      )[0]?.handled
    await eventually(async () => expect(await handled()).toBe(true))
    // As if the event had died with its process: never handled, so the
    // cooperative never saw the order.
    await sql("update placement set handled_at = null where cart_id = ?", [
      cartId,
    ])
    const [coopLink] = await sql<{ name: string }>(
      `select table_name as name from information_schema.columns
        where table_schema = 'public' and column_name = 'cooperative_id'
          and table_name like 'cooperative%order%'`
    )
    await sql(`delete from "${coopLink.name}" where order_id = ?`, [orderId])
    expect(await placementOf(orderId)).toMatchObject({ cooperatives: 0 })

    // Within the minute the job leaves for the event, nothing is announced.
    const early = await announcePlacedOrdersWorkflow(getContainer()).run({
      input: { now: new Date() },
    })
    expect(early.result).not.toContainEqual({ id: orderId })
    // Past it, the job emits order.placed again and the subscriber does
    // what the lost event should have done.
    const late = await announcePlacedOrdersWorkflow(getContainer()).run({
      input: { now: new Date(Date.now() + 5 * 60_000) },
    })
    expect(late.result).toContainEqual({ id: orderId })
    await eventually(async () => {
      expect(await placementOf(orderId)).toMatchObject({ cooperatives: 1 })
      expect(await handled()).toBe(true)
    })
  })

  it("finishes the order of a cut checkout whose shopper never came back", async () => {
    const { cartId, orderId } = await cutBeforeAuthorization()
    const abandoned = async (minutesLater: number) =>
      (
        await findAbandonedPlacementsWorkflow(getContainer()).run({
          input: { now: new Date(Date.now() + minutesLater * 60_000) },
        })
      ).result
    // A cut attempt may still be running under its lock for two minutes.
    expect(await abandoned(0)).not.toContain(cartId)
    expect(await abandoned(15)).toContain(cartId)

    const { result } = await finishAbandonedPlacementWorkflow(
      getContainer()
    ).run({ input: { cart_id: cartId } })
    expect(result).toBe(orderId)
    await eventually(async () =>
      expect(await placementOf(orderId)).toEqual({
        order_id: orderId,
        live_payments: 1,
        session_status: "authorized",
        reserved: UNITS_PER_CART,
        allocated: UNITS_PER_CART,
        cooperatives: 1,
      })
    )
    expect(await abandoned(15)).not.toContain(cartId)
  })

  it("drops the record of a checkout cut before any order, and places none", async () => {
    const { cartId, headers } = await shopperCart("early")
    // As if the process died before Medusa created the order.
    const placements: PlacementModuleService =
      getContainer().resolve(PLACEMENT_MODULE)
    await placements.createPlacements({ cart_id: cartId })

    const { result } = await finishAbandonedPlacementWorkflow(
      getContainer()
    ).run({ input: { cart_id: cartId } })
    expect(result).toBeNull()
    const [state] = await sql<{ placements: number; orders: number }>(
      `select (select count(*)::int from placement
                where cart_id = ? and deleted_at is null) as placements,
              (select count(*)::int from order_cart
                where cart_id = ? and deleted_at is null) as orders`,
      [cartId, cartId]
    )
    expect(state).toEqual({ placements: 0, orders: 0 })
    // The shopper can still check out.
    const completed = await completeAgain(cartId, headers)
    expect(completed.body).toMatchObject({ type: "order" })
  })
})
