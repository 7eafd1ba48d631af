import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "handle must be lowercase letters, digits and dashes"
  )

const VendorVariant = z
  .object({
    title: z.string().min(1).max(200),
    sku: z.string().max(100).nullish(),
    options: z.record(z.string(), z.string()),
    // Medusa prices are in major units (yuan), e.g. 68.8.
    prices: z
      .array(
        z
          .object({
            currency_code: z.literal("cny"),
            amount: z.number().positive().max(1_000_000),
          })
          .strict()
      )
      .min(1),
    weight: z.number().int().positive().nullish(),
  })
  .strict()

export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>
export const VendorCreateProduct = z
  .object({
    title: z.string().min(1).max(200),
    title_en: z.string().max(200).nullish(),
    subtitle: z.string().max(200).nullish(),
    description: z.string().max(10000).nullish(),
    description_en: z.string().max(10000).nullish(),
    handle: slug.optional(),
    thumbnail: z.string().url().nullish(),
    images: z
      .array(z.object({ url: z.string().url() }).strict())
      .max(20)
      .optional(),
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
    thumbnail: z.string().url().nullable(),
    status: z.enum(["draft", "published"]),
  })
  .partial()
  .strict()
