import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { type Actor, operator, registerCustomer } from "../../../helpers/actors"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import {
  adminOrder,
  cancelOrder,
  captureOrderPayment,
  checkout,
  prepareStorefront,
  refundOrderPayment,
  type Storefront,
} from "../../../helpers/checkout"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  approveCooperative,
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(180 * 1000)

describeHttp(
  "storefront checkout and payments",
  ({ request, getContainer }) => {
    let storefront: Storefront
    let admin: Actor
    let zhaojue: CooperativeTenant
    let cangxi: CooperativeTenant
    let teaVariantId: string
    let kiwiVariantId: string

    const batch = (variant_id: string) => ({
      variant_id,
      harvested_at: "2026-09-20",
      village: "好谷村",
      quantity: 20,
      unit: "kg",
    })

    // Two kilos of tea (68 yuan each), one of kiwi (88) and 10 yuan shipping.
    const ITEMS_TOTAL = 2 * 68 + 88
    const SHIPPING = 10

    async function locationOf(tenant: CooperativeTenant): Promise<string> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "cooperative",
        fields: ["stock_location.id"],
        filters: { id: tenant.cooperative.id },
      })
      return data[0].stock_location.id
    }

    beforeAll(async () => {
      storefront = await prepareStorefront(getContainer())
      admin = await operator(getContainer(), request)
      await createCounties(request, admin, [ZHAOJUE, CANGXI])
      zhaojue = await registerCooperative(request, {
        email: "owner@zhaojue.coop",
        name: "昭觉县苦荞合作社",
        handle: "zhaojue",
        county_code: "513431",
        serial: "MA6BQ0001",
      })
      cangxi = await registerCooperative(request, {
        email: "owner@cangxi.coop",
        name: "苍溪县猕猴桃合作社",
        handle: "cangxi",
        county_code: "510824",
        serial: "MA6KW0001",
      })
      const bureau = await createBureauUser(request, admin, {
        email: "reviewer@sichuan.gov",
        name: "四川省商务厅",
        jurisdiction_code: "51",
      })
      for (const tenant of [zhaojue, cangxi]) {
        await approveCooperative(request, bureau, tenant)
      }
      const tea = await createProduct(request, zhaojue, buckwheatTea())
      const kiwiBody = buckwheatTea("red-heart-kiwi")
      kiwiBody.title = "苍溪红心猕猴桃"
      kiwiBody.variants[0].prices = [{ currency_code: "cny", amount: 88 }]
      const kiwi = await createProduct(request, cangxi, kiwiBody)
      teaVariantId = tea.variants.find((v) => v.title === "1kg")!.id
      kiwiVariantId = kiwi.variants.find((v) => v.title === "1kg")!.id
      for (const [tenant, variant] of [
        [zhaojue, teaVariantId],
        [cangxi, kiwiVariantId],
      ] as const) {
        const stocked = await request()
          .post("/vendor/batches")
          .set(tenant.headers)
          .send(batch(variant))
        expect(stocked.status).toBe(201)
      }
    })

    const buyBoth = () =>
      checkout(request, {
        publishableKey: storefront.publishableKey,
        items: [
          { variant_id: teaVariantId, quantity: 2 },
          { variant_id: kiwiVariantId, quantity: 1 },
        ],
        email: "buyer@example.com",
      })

    it("completes one cart of two cooperatives' products, reserving each at its cooperative", async () => {
      const { order, cart_id } = await buyBoth()
      expect(order.id).toMatch(/^order_/)
      expect(order.currency_code).toBe("cny")
      expect(order.email).toBe("buyer@example.com")
      expect(order.total).toBe(ITEMS_TOTAL + SHIPPING)
      expect(order.item_total).toBe(ITEMS_TOTAL)
      expect(order.shipping_total).toBe(SHIPPING)
      expect(order.shipping_address?.country_code).toBe("cn")
      const cart = await request()
        .get(`/store/carts/${cart_id}`)
        .set("x-publishable-api-key", storefront.publishableKey)
      expect(cart.body.cart.completed_at).not.toBeNull()

      // The shipping option lives at the Chengdu warehouse; the stock does not.
      const reservations = await getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({
          line_item_id: (order.items ?? []).map((item) => item.id),
        })
      const byLocation = Object.fromEntries(
        reservations.map((r) => [r.location_id, Number(r.quantity)])
      )
      expect(byLocation).toEqual({
        [await locationOf(zhaojue)]: 2,
        [await locationOf(cangxi)]: 1,
      })
      expect(byLocation[storefront.stockLocationId]).toBeUndefined()
    })

    it("captures the payment, then refunds part of it", async () => {
      const { order } = await buyBoth()
      const placed = await adminOrder(request, admin, order.id)
      expect(placed.payment_status).toBe("authorized")
      expect(placed.payment_collections).toHaveLength(1)
      expect(placed.payment_collections![0].amount).toBe(ITEMS_TOTAL + SHIPPING)

      const events = jest.spyOn(
        getContainer().resolve(Modules.EVENT_BUS),
        "emit"
      )
      const captured = await captureOrderPayment(request, admin, order.id)
      expect(captured.captured_at).toBeTruthy()
      expect(captured.captures?.map((c) => c.amount)).toEqual([
        ITEMS_TOTAL + SHIPPING,
      ])
      const afterCapture = await adminOrder(request, admin, order.id)
      expect(afterCapture.payment_status).toBe("captured")
      expect(afterCapture.summary?.paid_total).toBe(ITEMS_TOTAL + SHIPPING)

      const refunded = await refundOrderPayment(request, admin, order.id, 50)
      expect(refunded.refunds?.map((r) => r.amount)).toEqual([50])
      const afterRefund = await adminOrder(request, admin, order.id)
      expect(afterRefund.payment_status).toBe("partially_refunded")
      expect(afterRefund.summary?.refunded_total).toBe(50)
      expect(afterRefund.payment_collections![0].refunded_amount).toBe(50)
      // Medusa books a refund the order did not owe as a credit line, so the
      // order's total drops by it while its subtotal stays.
      expect(afterRefund.credit_line_total).toBe(50)
      expect(afterRefund.summary?.pending_difference).toBe(0)
      expect(afterRefund.subtotal).toBe(ITEMS_TOTAL + SHIPPING)
      expect(afterRefund.total).toBe(ITEMS_TOTAL + SHIPPING - 50)

      const emitted = events.mock.calls.flatMap(([message]) =>
        Array.isArray(message) ? message : [message]
      )
      events.mockRestore()
      expect(
        emitted
          .filter((m) =>
            ["payment.captured", "payment.refunded"].includes(m.name)
          )
          .map((m) => ({ name: m.name, data: m.data }))
      ).toEqual([
        { name: "payment.captured", data: { id: captured.id } },
        { name: "payment.refunded", data: { id: captured.id } },
      ])
    })

    it("refuses to refund more than was captured", async () => {
      const { order } = await buyBoth()
      await captureOrderPayment(request, admin, order.id)
      await expect(
        refundOrderPayment(request, admin, order.id, ITEMS_TOTAL + SHIPPING + 1)
      ).rejects.toThrow(/400 .*refund more than the captured amount/)
      const after = await adminOrder(request, admin, order.id)
      expect(after.payment_status).toBe("captured")
    })

    it("cancels a captured order by refunding the rest and releasing stock", async () => {
      const { order } = await buyBoth()
      await captureOrderPayment(request, admin, order.id)
      await refundOrderPayment(request, admin, order.id, 24)
      const canceled = await cancelOrder(request, admin, order.id)
      expect(canceled.status).toBe("canceled")
      const after = await adminOrder(request, admin, order.id)
      expect(after.payment_status).toBe("refunded")
      const refunds = after.payment_collections![0].payments![0].refunds ?? []
      expect(refunds.map((r) => r.amount).sort((a, b) => a - b)).toEqual([
        24,
        ITEMS_TOTAL + SHIPPING - 24,
      ])
      const reservations = await getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({
          line_item_id: (order.items ?? []).map((item) => item.id),
        })
      expect(reservations).toEqual([])
    })

    it("cancels an uncaptured order without refunding anything", async () => {
      const { order } = await buyBoth()
      await cancelOrder(request, admin, order.id)
      const after = await adminOrder(request, admin, order.id)
      expect(after.payment_status).toBe("canceled")
      expect(after.payment_collections![0].payments![0].refunds).toEqual([])
    })

    it("checks out a signed-in customer's cart as that customer", async () => {
      const email = "meimei@example.com"
      const customer = await registerCustomer(
        request,
        storefront.publishableKey,
        email,
        { first_name: "梅梅", last_name: "韩" }
      )
      const { order } = await checkout(request, {
        publishableKey: storefront.publishableKey,
        items: [{ variant_id: kiwiVariantId, quantity: 1 }],
        customerToken: customer.token,
      })
      expect(order.email).toBe(email)
      const mine = await request()
        .get("/store/orders")
        .set("x-publishable-api-key", storefront.publishableKey)
        .set(customer.headers)
      expect(mine.body.orders.map((o: { id: string }) => o.id)).toEqual([
        order.id,
      ])
    })
  }
)
