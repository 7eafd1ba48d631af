import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
  ProductStatus,
  QueryContext,
} from "@medusajs/framework/utils"
import type { ProductPage, ProductPageVariant } from "@tianfu/domain"
import { timeline } from "../../../utils/batch-view"
import {
  batchesOf,
  countyAndFloor,
  PROVENANCE_FIELDS,
  type ProvenanceBatchRow,
  type ProvenanceCooperative,
  provenanceOf,
} from "../../../utils/provenance-view"
import type { StoreProductPageParamsType } from "../validators"

type BatchRow = ProvenanceBatchRow & {
  trace_events?: ({
    id: string
    type: string
    occurred_at: Date | string
    place: string
    actor: string
    note?: string | null
  } | null)[]
}

type ProductRow = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  metadata?: Record<string, unknown> | null
  images?: ({ id: string; url: string } | null)[]
  sales_channels?: ({ id: string } | null)[]
  cooperative?: ProvenanceCooperative | null
  variants?: ({
    id: string
    title: string
    manage_inventory: boolean
    batches?: (BatchRow | null)[]
    calculated_price?: CalculatedPrice
  } | null)[]
}

// A variant's price in the region, as Medusa's pricing context computes it.
type CalculatedPrice = {
  calculated_amount?: number | null
  original_amount?: number | null
  currency_code?: string | null
} | null

// Everything the product page shows: the region, then one query over the
// product with the region's prices and our links (cooperative, batches with
// their contributions and trace events), then the sales channel's stock,
// the county and the guaranteed floor at once. It replaces the page's four requests
// (handle → id, product, provenance, the oldest batch's trace), which read
// the product three times and took 0.37× the throughput of Medusa's own
// detail read at 10,000 products (bench/README.md, "Product page in one
// call"). The rules are theirs: published, in one of the key's sales
// channels, of an approved cooperative (the provenance's 404), prices as
// Medusa's pricing context computes them for the region, stock as
// Medusa's getVariantAvailability counts it for the channel. Households are
// only counted, never named.
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreProductPageParamsType>,
  res: MedusaResponse
) => {
  const handle = req.params.handle
  const regionId = req.validatedQuery.region_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Product with handle ${handle} was not found`
  )

  // The region first, so that the product's prices come with it in one
  // read (Medusa's pricing context on its variants), as Medusa's own store
  // product routes price them.
  const { data: regions } = regionId
    ? await query.graph({
        entity: "region",
        fields: ["id", "currency_code"],
        filters: { id: regionId },
      })
    : { data: [] }
  const region = regions[0] as { id: string; currency_code: string } | undefined
  if (regionId && !region) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `region_id: there is no region ${regionId}`
    )
  }
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "description",
      "thumbnail",
      "metadata",
      "images.id",
      "images.url",
      "sales_channels.id",
      "variants.manage_inventory",
      ...PROVENANCE_FIELDS,
      "variants.batches.trace_events.id",
      "variants.batches.trace_events.type",
      "variants.batches.trace_events.occurred_at",
      "variants.batches.trace_events.place",
      "variants.batches.trace_events.actor",
      "variants.batches.trace_events.note",
      ...(region
        ? [
            "variants.calculated_price.calculated_amount",
            "variants.calculated_price.original_amount",
            "variants.calculated_price.currency_code",
          ]
        : []),
    ],
    filters: { handle, status: ProductStatus.PUBLISHED },
    ...(region
      ? {
          context: {
            variants: {
              calculated_price: QueryContext({
                region_id: region.id,
                currency_code: region.currency_code,
              }),
            },
          },
        }
      : {}),
  })
  const product = products[0] as unknown as ProductRow | undefined
  const keyChannels = req.publishable_key_context.sales_channel_ids
  const channel = (product?.sales_channels ?? []).find(
    (c) => c && keyChannels.includes(c.id)
  )
  const cooperative = product?.cooperative
  if (!product || !channel || cooperative?.status !== "approved") {
    throw notFound
  }

  const variants = (product.variants ?? []).flatMap((v) => (v ? [v] : []))
  const variantIds = variants.map((v) => v.id)
  const batches = batchesOf(variants)
  const [availability, extra] = await Promise.all([
    variants.some((v) => v.manage_inventory)
      ? getVariantAvailability(query, {
          variant_ids: variantIds,
          sales_channel_id: channel.id,
        })
      : ({} as Awaited<ReturnType<typeof getVariantAvailability>>),
    countyAndFloor(req.scope, cooperative, batches.rows[0]?.unit),
  ])

  const metadata = product.metadata ?? {}
  const text = (key: string) =>
    typeof metadata[key] === "string" ? { [key]: metadata[key] } : {}
  const oldest = batches.rows[0] as BatchRow | undefined
  const page: ProductPage = {
    product: {
      id: product.id,
      title: product.title,
      handle: product.handle,
      description: product.description,
      thumbnail: product.thumbnail,
      images: (product.images ?? []).flatMap((image) =>
        image ? [{ id: image.id, url: image.url }] : []
      ),
      metadata: { ...text("title_en"), ...text("description_en") },
      variants: variants.map((variant): ProductPageVariant => {
        const price = variant.calculated_price
        return {
          id: variant.id,
          title: variant.title,
          manage_inventory: variant.manage_inventory,
          inventory_quantity: variant.manage_inventory
            ? (availability[variant.id]?.availability ?? null)
            : null,
          calculated_price: price
            ? {
                calculated_amount: price.calculated_amount ?? null,
                original_amount: price.original_amount ?? null,
                currency_code: price.currency_code ?? null,
              }
            : null,
        }
      }),
    },
    provenance: provenanceOf(product.id, cooperative, batches, extra),
    timeline: oldest
      ? timeline(oldest).map(({ attachments: _attachments, ...event }) => event)
      : [],
  }
  res.json({ product_page: page })
}
