import { z } from "@medusajs/framework/zod"
import { webUrl } from "../../utils/web-url"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "handle must be lowercase letters, digits and dashes"
  )

// Medusa prices are in major units (yuan), e.g. 68.8.
const CnyPrices = z
  .array(
    z
      .object({
        currency_code: z.literal("cny"),
        amount: z.number().positive().max(1_000_000),
      })
      .strict()
  )
  .min(1)

const VendorVariant = z
  .object({
    title: z.string().min(1).max(200),
    sku: z.string().max(100).nullish(),
    options: z.record(z.string(), z.string()),
    prices: CnyPrices,
    weight: z.number().int().positive().nullish(),
  })
  .strict()

// In the order the shop shows them. An uploaded photo (POST
// /vendor/product-images) names its catalogue-card size in
// metadata.thumbnail_url.
const ProductImages = z
  .array(
    z
      .object({
        url: webUrl(),
        metadata: z
          .object({ thumbnail_url: webUrl().optional() })
          .strict()
          .nullish(),
      })
      .strict()
  )
  .max(20)

export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>
export const VendorCreateProduct = z
  .object({
    title: z.string().min(1).max(200),
    title_en: z.string().max(200).nullish(),
    subtitle: z.string().max(200).nullish(),
    description: z.string().max(10000).nullish(),
    description_en: z.string().max(10000).nullish(),
    handle: slug.optional(),
    thumbnail: webUrl().nullish(),
    images: ProductImages.optional(),
    category_ids: z.array(z.string()).max(10).optional(),
    options: z
      .array(
        z
          .object({
            title: z.string().min(1),
            values: z.array(z.string().min(1)).min(1),
          })
          .strict()
      )
      .min(1),
    variants: z.array(VendorVariant).min(1).max(50),
    // A new product is a draft (not in the shop, never sold) until the
    // cooperative publishes it.
    status: z.enum(["draft", "published"]).default("draft"),
  })
  .strict()

export type VendorGetProductsParamsType = z.infer<
  typeof VendorGetProductsParams
>
export const VendorGetProductsParams = createFindParams({
  limit: 20,
  offset: 0,
})

export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>
export const VendorUpdateProduct = z
  .object({
    title: z.string().min(1).max(200),
    title_en: z.string().max(200).nullable(),
    subtitle: z.string().max(200).nullable(),
    description: z.string().max(10000).nullable(),
    description_en: z.string().max(10000).nullable(),
    thumbnail: webUrl().nullable(),
    status: z.enum(["draft", "published"]),
    // The product's whole image list (replaces the current one).
    images: ProductImages,
    // Edits of existing variants, by id: title, SKU, the CNY price.
    variants: z
      .array(
        z
          .object({
            id: z.string().min(1),
            title: z.string().min(1).max(200).optional(),
            sku: z.string().max(100).nullish(),
            prices: CnyPrices.optional(),
          })
          .strict()
      )
      .max(50)
      .refine(
        (variants) =>
          new Set(variants.map((v) => v.id)).size === variants.length,
        "variants: each variant id may appear once"
      ),
    // Variants to add, shaped as at creation (options by the product's
    // existing option titles).
    new_variants: z.array(VendorVariant).max(20),
  })
  .partial()
  .strict()
