import type { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import { type BaseStore, seedBaseStore } from "../../seed/src/base-store"
import type { Actor } from "./actors"
import type { HttpSuite } from "./medusa-app"

type Request = HttpSuite["request"]
type Response = Awaited<ReturnType<ReturnType<Request>["get"]>>

export type Storefront = BaseStore

// Everything a storefront checkout needs in a fresh test database. The seed's
// base store already has it: CNY region for "cn" with pp_system_default, tax
// region, the default sales channel with a publishable key, the default
// shipping profile and a Chengdu warehouse whose fulfillment set covers China
// with manual_manual options priced in CNY. Cooperatives' own locations need
// no fulfillment set: completion reserves stock at any location of the cart's
// sales channel, whichever location the shipping option belongs to.
// Idempotent, so it may run in beforeAll or in every test.
export async function prepareStorefront(
  container: MedusaContainer
): Promise<Storefront> {
  return seedBaseStore(container)
}

// As the storefront's checkout sends it: the whole name in first_name.
export const CHENGDU_ADDRESS = {
  first_name: "张三",
  last_name: "",
  address_1: "天府大道北段 1700 号",
  address_2: "武侯区",
  city: "成都市",
  province: "四川省",
  postal_code: "610041",
  country_code: "cn",
  metadata: { division_code: "510107" },
  phone: "13800000000",
}

export type CheckoutInput = {
  publishableKey: string
  items: { variant_id: string; quantity: number }[]
  email?: string
  // A customer's bearer token: the cart and the order become theirs.
  customerToken?: string
  // Defaults to the cheapest option offered for the cart.
  shippingOptionId?: string
  // Promotion codes applied before the payment session is made.
  promoCodes?: string[]
}

// A guest or signed-in customer's cart, ready to complete, built through the
// store API as Medusa's Next.js starter does: items, addresses, the cheapest
// shipping option and a manual payment session.
export async function prepareCart(
  request: Request,
  input: CheckoutInput
): Promise<{ cartId: string; headers: Record<string, string> }> {
  const headers: Record<string, string> = {
    "x-publishable-api-key": input.publishableKey,
    ...(input.customerToken
      ? { authorization: `Bearer ${input.customerToken}` }
      : {}),
  }
  const get = async (path: string) =>
    expectOk(`GET ${path}`, await request().get(path).set(headers))
  const post = async (path: string, body: object) =>
    expectOk(`POST ${path}`, await request().post(path).set(headers).send(body))

  const { regions } = await get("/store/regions")
  const region = (regions as HttpTypes.StoreRegion[]).find((candidate) =>
    candidate.countries?.some((country) => country.iso_2 === "cn")
  )
  if (!region) {
    throw new Error("no store region covers cn: run prepareStorefront first")
  }
  const { cart } = await post("/store/carts", { region_id: region.id })
  const cartId = (cart as HttpTypes.StoreCart).id
  for (const item of input.items) {
    await post(`/store/carts/${cartId}/line-items`, item)
  }
  if (input.promoCodes?.length) {
    await post(`/store/carts/${cartId}/promotions`, {
      promo_codes: input.promoCodes,
    })
  }
  await post(`/store/carts/${cartId}`, {
    ...(input.email || !input.customerToken
      ? { email: input.email ?? "buyer@example.com" }
      : {}),
    shipping_address: CHENGDU_ADDRESS,
    billing_address: CHENGDU_ADDRESS,
  })
  const optionId =
    input.shippingOptionId ?? (await cheapestShippingOption(get, cartId))
  await post(`/store/carts/${cartId}/shipping-methods`, {
    option_id: optionId,
  })
  const { payment_collection } = await post("/store/payment-collections", {
    cart_id: cartId,
  })
  await post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" }
  )
  return { cartId, headers }
}

// The whole checkout, ending in POST /store/carts/:id/complete; with the
// token that lets this browser read a guest order back.
export async function checkout(
  request: Request,
  input: CheckoutInput
): Promise<{
  order: HttpTypes.StoreOrder
  cart_id: string
  order_access_token: string
}> {
  const { cartId, headers } = await prepareCart(request, input)
  const completed = await request()
    .post(`/store/carts/${cartId}/complete`)
    .set(headers)
    .send({})
  if (completed.status !== 200 || completed.body.type !== "order") {
    throw new Error(
      `complete cart ${cartId}: ${completed.status} ${JSON.stringify(completed.body)}`
    )
  }
  return {
    order: completed.body.order,
    cart_id: cartId,
    order_access_token: completed.body.order_access_token,
  }
}

async function cheapestShippingOption(
  get: (path: string) => Promise<Response["body"]>,
  cartId: string
): Promise<string> {
  const { shipping_options } = await get(
    `/store/shipping-options?cart_id=${cartId}`
  )
  const [cheapest] = [
    ...(shipping_options as HttpTypes.StoreCartShippingOption[]),
  ].sort((a, b) => Number(a.amount) - Number(b.amount))
  if (!cheapest) {
    throw new Error(`no shipping option for cart ${cartId}`)
  }
  return cheapest.id
}

const ORDER_PAYMENT_FIELDS = [
  "id",
  "status",
  "currency_code",
  "total",
  "subtotal",
  "credit_line_total",
  "payment_status",
  "summary",
  "*payment_collections",
  "*payment_collections.payments",
  "*payment_collections.payments.captures",
  "*payment_collections.payments.refunds",
].join(",")

// The order as the operator sees it, with its payments, captures and refunds.
export async function adminOrder(
  request: Request,
  admin: Actor,
  orderId: string,
  fields = ORDER_PAYMENT_FIELDS
): Promise<HttpTypes.AdminOrder> {
  const response = await request()
    .get(`/admin/orders/${orderId}`)
    .query({ fields })
    .set(admin.headers)
  return expectOk(`GET /admin/orders/${orderId}`, response).order
}

// The order's one live payment: a storefront checkout authorizes exactly one.
async function orderPayment(
  request: Request,
  admin: Actor,
  orderId: string
): Promise<HttpTypes.AdminPayment> {
  const order = await adminOrder(request, admin, orderId)
  const payments = (order.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .filter((payment) => !payment.canceled_at)
  if (payments.length !== 1) {
    throw new Error(
      `order ${orderId} has ${payments.length} live payments, expected 1`
    )
  }
  return payments[0]
}

// Captures the order's payment in full, or `amount` yuan of it.
export async function captureOrderPayment(
  request: Request,
  admin: Actor,
  orderId: string,
  amount?: number
): Promise<HttpTypes.AdminPayment> {
  const payment = await orderPayment(request, admin, orderId)
  const response = await request()
    .post(`/admin/payments/${payment.id}/capture`)
    .set(admin.headers)
    .send(amount === undefined ? {} : { amount })
  return expectOk(`capture ${payment.id}`, response).payment
}

// Refunds `amount` of the captured payment, in yuan (Medusa's major units).
export async function refundOrderPayment(
  request: Request,
  admin: Actor,
  orderId: string,
  amount: number,
  note?: string
): Promise<HttpTypes.AdminPayment> {
  const payment = await orderPayment(request, admin, orderId)
  const response = await request()
    .post(`/admin/payments/${payment.id}/refund`)
    .set(admin.headers)
    .send(note === undefined ? { amount } : { amount, note })
  return expectOk(`refund ${payment.id}`, response).payment
}

// Cancels the order: Medusa refunds whatever was captured and not yet
// refunded, cancels an uncaptured payment and releases the reservations.
export async function cancelOrder(
  request: Request,
  admin: Actor,
  orderId: string
): Promise<HttpTypes.AdminOrder> {
  const response = await request()
    .post(`/admin/orders/${orderId}/cancel`)
    .set(admin.headers)
    .send({})
  return expectOk(`cancel ${orderId}`, response).order
}

function expectOk(label: string, response: Response) {
  if (response.status !== 200 && response.status !== 201) {
    throw new Error(
      `${label}: ${response.status} ${JSON.stringify(response.body)}`
    )
  }
  return response.body
}
