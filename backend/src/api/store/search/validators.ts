import { z } from "@medusajs/framework/zod"
import { SEARCH_SORTS } from "../../../modules/product-search/types"

// One value or a comma-separated list: ?county=513431,510824
const list = (name: string, pattern: RegExp, hint: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean)
    )
    .refine((values) => values.every((v) => pattern.test(v)), {
      message: `${name} must be ${hint}`,
    })
    .refine((values) => values.length <= 20, {
      message: `${name} takes at most 20 values`,
    })
    .optional()

const yuan = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a number of yuan` })
    .nonnegative(`${name} must not be negative`)
    .max(1_000_000, `${name} is too large`)
    .optional()

export type StoreSearchParamsType = z.infer<typeof StoreSearchParams>
export const StoreSearchParams = z
  .object({
    q: z.string().max(100, "q must be at most 100 characters").default(""),
    county: list("county", /^\d{6}$/, "six-digit GB/T 2260 county codes"),
    category: list("category", /^[a-z0-9-]{1,64}$/, "category handles"),
    certification: list(
      "certification",
      /^(green_food|organic|geographic_indication|pollution_free)$/,
      "one of green_food, organic, geographic_indication, pollution_free"
    ),
    min_price: yuan("min_price"),
    max_price: yuan("max_price"),
    in_stock: z
      .enum(["true", "false"], { message: "in_stock must be true or false" })
      .transform((v) => v === "true")
      .optional(),
    sort: z
      .enum(SEARCH_SORTS, {
        message: `sort must be one of ${SEARCH_SORTS.join(", ")}`,
      })
      .default("relevance"),
    limit: z.coerce
      .number()
      .int("limit must be a whole number")
      .min(1, "limit must be at least 1")
      .max(100, "limit must be at most 100")
      .default(20),
    offset: z.coerce
      .number()
      .int("offset must be a whole number")
      .min(0, "offset must not be negative")
      .max(10_000, "offset must be at most 10000")
      .default(0),
  })
  .strict()
  .refine(
    (p) =>
      p.min_price === undefined ||
      p.max_price === undefined ||
      p.min_price <= p.max_price,
    { message: "min_price must not exceed max_price", path: ["min_price"] }
  )
