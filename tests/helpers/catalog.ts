import type { Actor } from "./actors"
import type { HttpSuite } from "./medusa-app"

// A product as a cooperative lists it: two weights of one specialty.
export function buckwheatTea(handle = "tartary-buckwheat-tea") {
  return {
    title: "昭觉苦荞茶",
    title_en: "Zhaojue tartary buckwheat tea",
    description: "大凉山高原苦荞，烘焙成茶。",
    description_en:
      "Highland tartary buckwheat from Liangshan, roasted into tea.",
    handle,
    options: [{ title: "规格", values: ["1kg", "5kg"] }],
    variants: [
      {
        title: "1kg",
        sku: `${handle}-1kg`,
        options: { 规格: "1kg" },
        prices: [{ currency_code: "cny", amount: 68 }],
      },
      {
        title: "5kg",
        sku: `${handle}-5kg`,
        options: { 规格: "5kg" },
        prices: [{ currency_code: "cny", amount: 298 }],
      },
    ],
  }
}

// Published unless the body says otherwise (the API's default is a draft).
export async function createProduct(
  request: HttpSuite["request"],
  vendor: Actor,
  body: object
) {
  const response = await request()
    .post("/vendor/products")
    .set(vendor.headers)
    .send({ status: "published", ...body })
  if (response.status !== 201) {
    throw new Error(
      `create product: ${response.status} ${JSON.stringify(response.body)}`
    )
  }
  return response.body.product as {
    id: string
    variants: { id: string; title: string }[]
  }
}
