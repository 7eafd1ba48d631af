import { z } from "zod"
import type { CreateProductBody, ImageBody } from "../api/types"
import { isValidYuan } from "./prices"

const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

// Form values are what the inputs hold (strings); toCreateProductBody turns
// them into the API's shape. Messages are i18n keys under products:errors.
export const VariantRowSchema = z.object({
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  sku: z.string().max(100, "tooLong"),
  // One value per product option, in the options' order; empty means "the
  // variant's title".
  values: z.array(z.string().max(100, "tooLong")),
  price: z.string().refine(isValidYuan, "price"),
})

export const ImageRowSchema = z.object({
  url: z.string().trim().url("url"),
  thumbnail_url: z.string().optional(),
})

// The product's words in zh and en, the same on the create and edit forms.
export const ProductTextSchema = z.object({
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  title_en: z.string().max(200, "tooLong"),
  subtitle: z.string().max(200, "tooLong"),
  description: z.string().max(10000, "tooLong"),
  description_en: z.string().max(10000, "tooLong"),
})

export const ProductFormSchema = ProductTextSchema.extend({
  handle: z.string().refine((v) => v === "" || HANDLE.test(v), "handle"),
  images: z.array(ImageRowSchema).max(20, "tooMany"),
  options: z
    .array(
      z.object({
        title: z.string().trim().min(1, "required").max(100, "tooLong"),
        values: z.string(),
      })
    )
    .min(1, "options"),
  variants: z.array(VariantRowSchema).min(1, "variants").max(50, "tooMany"),
  // Put it in the shop at once; otherwise a draft, published from its page.
  publish: z.boolean(),
}).superRefine((values, ctx) => {
  const seen = new Set<string>()
  values.variants.forEach((variant, index) => {
    const key = variant.title.trim()
    if (seen.has(key)) {
      ctx.addIssue({
        code: "custom",
        path: ["variants", index, "title"],
        message: "duplicateVariant",
      })
    }
    seen.add(key)
  })
})

export type ProductFormValues = z.infer<typeof ProductFormSchema>

export const emptyVariant = (optionCount: number) => ({
  title: "",
  sku: "",
  values: Array.from({ length: optionCount }, () => ""),
  price: "",
})

export const productFormDefaults = (
  optionTitle: string
): ProductFormValues => ({
  title: "",
  title_en: "",
  subtitle: "",
  description: "",
  description_en: "",
  handle: "",
  images: [],
  options: [{ title: optionTitle, values: "" }],
  variants: [emptyVariant(1)],
  publish: false,
})

export function splitValues(text: string) {
  return text
    .split(/[,，、;；\n]/)
    .map((v) => v.trim())
    .filter(Boolean)
}

const orNull = (value: string) => value.trim() || null

export function toCreateProductBody(
  values: ProductFormValues
): CreateProductBody {
  const valueOf = (variant: ProductFormValues["variants"][number], i: number) =>
    variant.values[i]?.trim() || variant.title.trim()
  const { images, thumbnail } = toImageBody(values.images)
  return {
    title: values.title.trim(),
    title_en: orNull(values.title_en),
    subtitle: orNull(values.subtitle),
    description: orNull(values.description),
    description_en: orNull(values.description_en),
    handle: values.handle || undefined,
    status: values.publish ? "published" : "draft",
    images,
    thumbnail,
    // An option's values: those typed for it plus every value a variant uses.
    options: values.options.map((option, i) => ({
      title: option.title.trim(),
      values: [
        ...new Set([
          ...splitValues(option.values),
          ...values.variants.map((v) => valueOf(v, i)),
        ]),
      ],
    })),
    variants: values.variants.map((variant) => ({
      title: variant.title.trim(),
      sku: orNull(variant.sku),
      options: Object.fromEntries(
        values.options.map((option, i) => [
          option.title.trim(),
          valueOf(variant, i),
        ])
      ),
      prices: [{ currency_code: "cny", amount: Number(variant.price) }],
    })),
  }
}

// The gallery as the API takes it, in order; the first is the cover, whose
// card-size copy (for an uploaded photo) is the product's thumbnail.
export function toImageBody(items: { url: string; thumbnail_url?: string }[]): {
  images: ImageBody[]
  thumbnail: string | null
} {
  const images = items.map((item) => ({
    url: item.url.trim(),
    ...(item.thumbnail_url
      ? { metadata: { thumbnail_url: item.thumbnail_url } }
      : {}),
  }))
  return {
    images,
    thumbnail: items[0] ? (items[0].thumbnail_url ?? images[0].url) : null,
  }
}
