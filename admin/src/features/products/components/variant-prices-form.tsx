import { zodResolver } from "@hookform/resolvers/zod"
import { useFieldArray, useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FormFooter } from "@/components/form-footer"
import { TextField } from "@/components/field"
import type { Product } from "../api/types"
import { useUpdateProduct } from "../api/update-product"
import { cnyPrice, isValidYuan } from "../utils/prices"

const PricesSchema = z.object({
  variants: z.array(
    z.object({
      id: z.string(),
      title: z.string().trim().min(1, "required").max(200, "tooLong"),
      sku: z.string().max(100, "tooLong"),
      price: z.string().refine(isValidYuan, "price"),
    })
  ),
})
type PricesValues = z.infer<typeof PricesSchema>

// The existing variants' titles, SKUs and CNY prices, edited together.
export function VariantPricesForm({ product }: { product: Product }) {
  const { t } = useTranslation("products")
  const update = useUpdateProduct(product.id)
  const form = useForm<PricesValues>({
    resolver: zodResolver(PricesSchema),
    values: {
      variants: product.variants.map((variant) => ({
        id: variant.id,
        title: variant.title,
        sku: variant.sku ?? "",
        price: String(cnyPrice(variant) ?? ""),
      })),
    },
  })
  const rows = useFieldArray({ control: form.control, name: "variants" })
  const errors = form.formState.errors.variants
  const message = (key?: string) => (key ? t(`errors.${key}`) : undefined)

  const submit = form.handleSubmit((values) =>
    update.mutateAsync({
      variants: values.variants.map((variant) => ({
        id: variant.id,
        title: variant.title.trim(),
        sku: variant.sku.trim() || null,
        prices: [{ currency_code: "cny", amount: Number(variant.price) }],
      })),
    })
  )

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {rows.fields.map((field, index) => {
        const n = index + 1
        return (
          <div
            key={field.id}
            className="grid items-end gap-3 border-b border-stone-100 pb-3 sm:grid-cols-3"
          >
            <TextField
              label={t("variants.title", { n })}
              error={message(errors?.[index]?.title?.message)}
              {...form.register(`variants.${index}.title`)}
            />
            <TextField
              label={t("variants.sku", { n })}
              error={message(errors?.[index]?.sku?.message)}
              {...form.register(`variants.${index}.sku`)}
            />
            <TextField
              label={t("variants.price", { n })}
              inputMode="decimal"
              error={message(errors?.[index]?.price?.message)}
              {...form.register(`variants.${index}.price`)}
            />
          </div>
        )
      })}
      <FormFooter
        error={update.error}
        saved={
          update.isSuccess && !form.formState.isDirty ? t("edit.saved") : null
        }
        busy={form.formState.isSubmitting}
        label={t("edit.savePrices")}
        busyLabel={t("edit.saving")}
      />
    </form>
  )
}
