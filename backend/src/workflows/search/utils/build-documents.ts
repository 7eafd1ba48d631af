import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SearchDocument } from "../../../modules/product-search/types"
import { toFen } from "../../../lib/attribution/money"

type ProductRow = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  status: string
  metadata: Record<string, unknown> | null
  created_at: string | Date
  categories?: ({ handle: string; name: string } | null)[]
  cooperative?: {
    id: string
    name: string
    status: string
    county_code: string
    certifications?: ({ kind: string } | null)[]
  } | null
  variants?: ({
    prices?: ({ amount: unknown; currency_code: string } | null)[]
    batches?: ({
      stock_quantity: number
      allocated_quantity: number
      voided_at?: Date | string | null
      certifications?: string[] | null
      contributions?: ({ household_id: string | null } | null)[]
    } | null)[]
  } | null)[]
}

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "status",
  "metadata",
  "created_at",
  "categories.handle",
  "categories.name",
  "cooperative.id",
  "cooperative.name",
  "cooperative.status",
  "cooperative.county_code",
  "cooperative.certifications.kind",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.batches.stock_quantity",
  "variants.batches.allocated_quantity",
  "variants.batches.voided_at",
  "variants.batches.certifications",
  "variants.batches.contributions.household_id",
]

const present = <T>(items: (T | null | undefined)[] | undefined): T[] =>
  (items ?? []).filter((i): i is T => !!i)
const english = (metadata: ProductRow["metadata"], key: string) =>
  typeof metadata?.[key] === "string" ? (metadata[key] as string) : null

// The search documents of the given products. A product that must not be
// found (unpublished, deleted, without a cooperative, or whose cooperative
// is not approved) is returned in `remove` instead. Only counts of
// households leave this function, never who they are.
export async function buildSearchDocuments(
  container: MedusaContainer,
  productIds: string[]
): Promise<{ upsert: SearchDocument[]; remove: string[] }> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return { upsert: [], remove: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: { id: ids },
  })
  const products = data as unknown as ProductRow[]
  const countyCodes = [
    ...new Set(products.flatMap((p) => p.cooperative?.county_code ?? [])),
  ]
  const { data: counties } = countyCodes.length
    ? await query.graph({
        entity: "county",
        fields: ["code", "name_zh", "name_en"],
        filters: { code: countyCodes },
      })
    : { data: [] }
  const countyOf = new Map(
    (counties as { code: string; name_zh: string; name_en: string }[]).map(
      (c) => [c.code, c]
    )
  )
  const upsert: SearchDocument[] = []
  for (const product of products) {
    const cooperative = product.cooperative
    const county = cooperative && countyOf.get(cooperative.county_code)
    if (
      product.status !== "published" ||
      !cooperative ||
      cooperative.status !== "approved" ||
      !county
    ) {
      continue
    }
    const variants = present(product.variants)
    const prices = variants
      .flatMap((v) => present(v.prices))
      .filter((p) => p.currency_code === "cny")
      .map((p) => toFen(p.amount as string))
    // A voided batch (recorded in error) neither stocks nor describes it.
    const batches = variants
      .flatMap((v) => present(v.batches))
      .filter((b) => !b.voided_at)
    const categories = present(product.categories)
    const certifications = [
      ...new Set([
        ...present(cooperative.certifications).map((c) => c.kind),
        ...batches.flatMap((b) => b.certifications ?? []),
      ]),
    ].sort()
    const households = new Set(
      batches.flatMap((b) =>
        present(b.contributions).flatMap((c) =>
          c.household_id ? [c.household_id] : []
        )
      )
    )
    const titleEn = english(product.metadata, "title_en")
    const descriptionEn = english(product.metadata, "description_en")
    const englishText = [
      titleEn,
      descriptionEn,
      county.name_en,
      ...categories.map((c) => c.name),
    ]
      .filter(Boolean)
      .join(" ")
    upsert.push({
      id: product.id,
      handle: product.handle,
      title: product.title,
      title_en: titleEn,
      description: product.description,
      description_en: descriptionEn,
      thumbnail: product.thumbnail,
      county_code: county.code,
      county_name: county.name_zh,
      county_name_en: county.name_en,
      cooperative_id: cooperative.id,
      cooperative_name: cooperative.name,
      category_handles: categories.map((c) => c.handle),
      category_names: categories.map((c) => c.name),
      certifications,
      price_min: prices.length ? Math.min(...prices) : null,
      price_max: prices.length ? Math.max(...prices) : null,
      currency_code: "cny",
      // The same rule as stockFlagMoved (affected-products.ts) in SQL.
      in_stock: batches.some((b) => b.stock_quantity > b.allocated_quantity),
      households_count: households.size,
      published_at: new Date(product.created_at),
      search_text: [
        product.title,
        product.description,
        cooperative.name,
        county.name_zh,
        ...categories.map((c) => c.name),
        englishText,
      ]
        .filter(Boolean)
        .join(" ")
        .toLowerCase(),
      search_text_en: englishText.toLowerCase(),
    })
  }
  const kept = new Set(upsert.map((d) => d.id))
  return { upsert, remove: ids.filter((id) => !kept.has(id)) }
}
