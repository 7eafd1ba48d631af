import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCooperativeProductsWorkflow } from "../../../backend/src/workflows/product"
import type { Container } from "../demo/context"
import { DEMO_COOPERATIVES } from "../demo/data/catalog"
import { DEMO_COUNTIES } from "../demo/data/counties"
import { ensureCategories } from "../demo/products"
import { seededRandom } from "../demo/random"
import type { ScaleCooperative } from "./cooperatives"
import { inChunks } from "./progress"

export const SYNTHETIC_PRODUCT = "synthetic-product-"

const TEMPLATES = DEMO_COOPERATIVES.flatMap((c) => c.products)
const countyName = new Map<string, (typeof DEMO_COUNTIES)[number]>(
  DEMO_COUNTIES.map((c) => [c.code, c])
)

export type ScaleVariant = {
  id: string
  product_id: string
  // The product's title, the variant's title and SKU, as order lines copy them.
  title: string
  variant_title: string
  sku: string
  cooperative: ScaleCooperative
  // Batch units (kg, g, pieces) in one sellable item.
  size: number
  unit: "kg" | "g" | "piece"
  // Yuan, as Medusa keeps prices.
  price: number
}

// Product p of the scale seed: a variation of one of the demo's real
// specialties, sold by cooperative floor(p / perCooperative), with the
// template's picture (the demo product's stored image) and one variant.
function scaleProduct(
  p: number,
  cooperative: ScaleCooperative,
  category: string,
  thumbnail: string | null
) {
  const template = TEMPLATES[p % TEMPLATES.length]
  const variant = template.variants[p % template.variants.length]
  const random = seededRandom(500_000 + p)
  const county = countyName.get(cooperative.county_code)
  const serial = String(p).padStart(5, "0")
  const price =
    Math.round(variant.price * (0.8 + random.next() * 0.4) * 10) / 10
  return {
    title: `${county?.name_zh ?? ""}${template.title} ${serial}`,
    handle: `${SYNTHETIC_PRODUCT}${serial}`,
    description: `${template.description}（合成数据 · synthetic）`,
    status: "published" as const,
    thumbnail,
    images: thumbnail ? [{ url: thumbnail }] : [],
    category_ids: [category],
    metadata: {
      synthetic: true,
      title_en: `${county?.name_en ?? ""} ${template.title_en} ${serial}`,
      description_en: template.description_en,
      batch_unit: template.unit,
      batch_size: variant.size,
    },
    options: [{ title: "规格", values: [variant.title] }],
    variants: [
      {
        title: variant.title,
        sku: `syn-${serial}`,
        options: { 规格: variant.title },
        manage_inventory: true,
        prices: [{ currency_code: "cny", amount: price }],
      },
    ],
  }
}

// Lists the missing synthetic products through the cooperatives' own
// product workflow (Medusa's createProductsWorkflow inside), one call per
// cooperative, and returns every synthetic variant.
export async function ensureScaleProducts(
  container: Container,
  logger: Logger,
  cooperatives: ScaleCooperative[],
  options: { count: number; perCooperative: number }
): Promise<ScaleVariant[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const products = container.resolve(Modules.PRODUCT)
  const categories = await ensureCategories(container)
  const demoProducts = await products.listProducts(
    { handle: TEMPLATES.map((t) => t.handle) },
    { select: ["handle", "thumbnail"], take: null }
  )
  const thumbnailOf = new Map(demoProducts.map((p) => [p.handle, p.thumbnail]))
  const [, existing] = await products.listAndCountProducts(
    { handle: { $like: `${SYNTHETIC_PRODUCT}%` } },
    { select: ["id"], take: 1 }
  )
  // Whole cooperatives at a time: a cooperative's products are listed in one
  // workflow run, so a re-run resumes at the first incomplete cooperative.
  const per = options.perCooperative
  const from = Math.floor(Math.min(existing, options.count) / per) * per
  await inChunks(
    logger,
    "products",
    { from, total: options.count, size: per },
    async (start, end) => {
      const cooperative = cooperatives[Math.floor(start / per)]
      const [done] = await products.listAndCountProducts(
        {
          handle: Array.from(
            { length: end - start },
            (_, k) =>
              `${SYNTHETIC_PRODUCT}${String(start + k).padStart(5, "0")}`
          ),
        },
        { select: ["handle"], take: null }
      )
      const have = new Set(done.map((p) => p.handle))
      const missing = Array.from({ length: end - start }, (_, k) => start + k)
        .map((p) => {
          const template = TEMPLATES[p % TEMPLATES.length]
          return scaleProduct(
            p,
            cooperative,
            categories[template.category],
            thumbnailOf.get(template.handle) ?? null
          )
        })
        .filter((p) => !have.has(p.handle))
      if (!missing.length) return
      await createCooperativeProductsWorkflow(container).run({
        input: {
          cooperative_id: cooperative.id,
          actor_id: cooperative.ownerId,
          products: missing,
        },
      })
    }
  )
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "metadata",
      "cooperative.id",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.prices.amount",
    ],
    filters: { handle: { $like: `${SYNTHETIC_PRODUCT}%` } },
  })
  const byId = new Map(cooperatives.map((c) => [c.id, c]))
  return (
    data as {
      id: string
      handle: string
      title: string
      metadata: { batch_unit: "kg" | "g" | "piece"; batch_size: number }
      cooperative?: { id: string } | null
      variants: {
        id: string
        title: string
        sku: string
        prices?: { amount: number }[]
      }[]
    }[]
  )
    .sort((a, b) => a.handle.localeCompare(b.handle))
    .flatMap((p) => {
      const cooperative = p.cooperative && byId.get(p.cooperative.id)
      const variant = p.variants[0]
      if (!cooperative || !variant) return []
      return [
        {
          id: variant.id,
          product_id: p.id,
          title: p.title,
          variant_title: variant.title,
          sku: variant.sku,
          cooperative,
          size: p.metadata.batch_size,
          unit: p.metadata.batch_unit,
          price: Number(variant.prices?.[0]?.amount ?? 0),
        },
      ]
    })
}
