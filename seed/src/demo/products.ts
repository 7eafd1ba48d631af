import { Modules } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { createCooperativeProductsWorkflow } from "../../../backend/src/workflows/product"
import type { Container, DemoContext } from "./context"
import { CATEGORIES, type CategoryKey, type DemoProduct } from "./data/catalog"
import { productImageSvg } from "./images"

export async function ensureCategories(
  container: Container
): Promise<Record<CategoryKey, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProductCategories({
    handle: Object.values(CATEGORIES).map((c) => c.handle),
  })
  const byHandle = new Map(existing.map((c) => [c.handle, c.id]))
  const missing = Object.values(CATEGORIES).filter(
    (c) => !byHandle.has(c.handle)
  )
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({ ...c, is_active: true })),
      },
    })
    for (const category of result) byHandle.set(category.handle, category.id)
  }
  return Object.fromEntries(
    Object.entries(CATEGORIES).map(([key, c]) => [
      key,
      byHandle.get(c.handle) as string,
    ])
  ) as Record<CategoryKey, string>
}

// Lists one product for a cooperative through the cooperative's own
// workflow, with an image drawn locally and stored by Medusa's file module.
export async function ensureProduct(
  ctx: DemoContext,
  cooperative: { id: string; ownerId: string },
  product: DemoProduct,
  categories: Record<CategoryKey, string>
): Promise<{ id: string; variants: { id: string; title: string }[] }> {
  const products = ctx.container.resolve(Modules.PRODUCT)
  const [existing] = await products.listProducts(
    { handle: product.handle },
    { relations: ["variants"] }
  )
  if (existing) {
    return {
      id: existing.id,
      variants: (existing.variants ?? []).map((v) => ({
        id: v.id,
        title: v.title,
      })),
    }
  }
  const svg = productImageSvg(product.title, product.title_en, product.category)
  const { result: files } = await uploadFilesWorkflow(ctx.container).run({
    input: {
      files: [
        {
          filename: `${product.handle}.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(svg).toString("base64"),
          access: "public",
        },
      ],
    },
  })
  const { result } = await createCooperativeProductsWorkflow(ctx.container).run(
    {
      input: {
        cooperative_id: cooperative.id,
        actor_id: cooperative.ownerId,
        products: [
          {
            title: product.title,
            handle: product.handle,
            description: product.description,
            status: "published",
            thumbnail: files[0].url,
            images: [{ url: files[0].url }],
            category_ids: [categories[product.category]],
            metadata: {
              title_en: product.title_en,
              description_en: product.description_en,
              batch_unit: product.unit,
            },
            options: [
              { title: "规格", values: product.variants.map((v) => v.title) },
            ],
            variants: product.variants.map((v) => ({
              title: v.title,
              sku: `${product.handle}-${v.title}`
                .toLowerCase()
                .replace(/[^a-z0-9-]/g, ""),
              options: { 规格: v.title },
              manage_inventory: true,
              // Medusa prices are yuan (major units).
              prices: [{ currency_code: "cny", amount: v.price }],
            })),
          },
        ],
      },
    }
  )
  const created = result[0]
  return {
    id: created.id,
    variants: (created.variants ?? []).map((v) => ({
      id: v.id,
      title: v.title,
    })),
  }
}
