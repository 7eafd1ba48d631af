import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FormFooter } from "@/components/form-footer"
import { TextField } from "@/components/field"
import type { Product } from "../api/types"
import { useUpdateProduct } from "../api/update-product"
import { isValidYuan } from "../utils/prices"

const NewVariantSchema = z.object({
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  sku: z.string().max(100, "tooLong"),
  values: z.array(z.string().max(100, "tooLong")),
  price: z.string().refine(isValidYuan, "price"),
})
type NewVariantValues = z.infer<typeof NewVariantSchema>

// One more variant for the product (a new size, say); a new option value
// is added to the product's option by the backend.
export function AddVariantForm({ product }: { product: Product }) {
  const { t } = useTranslation("products")
  const update = useUpdateProduct(product.id)
  const form = useForm<NewVariantValues>({
    resolver: zodResolver(NewVariantSchema),
    defaultValues: {
      title: "",
      sku: "",
      values: product.options.map(() => ""),
      price: "",
    },
  })
  const errors = form.formState.errors
  const message = (key?: string) => (key ? t(`errors.${key}`) : undefined)

  const submit = form.handleSubmit(async (values) => {
    await update.mutateAsync({
      new_variants: [
        {
          title: values.title.trim(),
          sku: values.sku.trim() || null,
          options: Object.fromEntries(
            product.options.map((option, i) => [
              option.title,
              values.values[i]?.trim() || values.title.trim(),
            ])
          ),
          prices: [{ currency_code: "cny", amount: Number(values.price) }],
        },
      ],
    })
    form.reset()
  })

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <div className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          label={t("addVariant.title")}
          error={message(errors.title?.message)}
          {...form.register("title")}
        />
        <TextField label={t("addVariant.sku")} {...form.register("sku")} />
        {product.options.map((option, i) => (
          <TextField
            key={option.id}
            label={t("addVariant.optionValue", { option: option.title })}
            placeholder={t("variants.optionValuePlaceholder")}
            list={`option-values-${option.id}`}
            {...form.register(`values.${i}`)}
          />
        ))}
        <TextField
          label={t("addVariant.price")}
          inputMode="decimal"
          error={message(errors.price?.message)}
          {...form.register("price")}
        />
      </div>
      {product.options.map((option) => (
        <datalist key={option.id} id={`option-values-${option.id}`}>
          {option.values.map((v) => (
            <option key={v.value} value={v.value} />
          ))}
        </datalist>
      ))}
      <FormFooter
        error={update.error}
        variant="secondary"
        busy={form.formState.isSubmitting}
        label={t("addVariant.submit")}
        busyLabel={t("edit.saving")}
      />
    </form>
  )
}
