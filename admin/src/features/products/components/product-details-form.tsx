import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FormFooter } from "@/components/form-footer"
import { SelectField } from "@/components/field"
import type { Product } from "../api/types"
import { useUpdateProduct } from "../api/update-product"
import { ProductTextSchema } from "../utils/product-form"
import { ProductTextFields } from "./product-text-fields"

const DetailsSchema = ProductTextSchema.extend({
  status: z.enum(["draft", "published"]),
})
type DetailsValues = z.infer<typeof DetailsSchema>

const orNull = (value: string) => value.trim() || null

// The product's words (zh and en) and whether the shop shows it.
export function ProductDetailsForm({ product }: { product: Product }) {
  const { t } = useTranslation("products")
  const update = useUpdateProduct(product.id)
  const form = useForm<DetailsValues>({
    resolver: zodResolver(DetailsSchema),
    values: {
      title: product.title,
      title_en: product.metadata?.title_en ?? "",
      subtitle: product.subtitle ?? "",
      description: product.description ?? "",
      description_en: product.metadata?.description_en ?? "",
      status: product.status === "published" ? "published" : "draft",
    },
  })
  const errors = form.formState.errors
  const message = (key?: string) => (key ? t(`errors.${key}`) : undefined)

  const submit = form.handleSubmit((values) =>
    update.mutateAsync({
      title: values.title.trim(),
      title_en: orNull(values.title_en),
      subtitle: orNull(values.subtitle),
      description: orNull(values.description),
      description_en: orNull(values.description_en),
      status: values.status,
    })
  )

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <ProductTextFields
        field={(name) => ({
          error: message(errors[name]?.message),
          ...form.register(name),
        })}
      >
        <SelectField
          label={t("fields.status")}
          options={[
            { value: "published", label: t("status.published") },
            { value: "draft", label: t("status.draft") },
          ]}
          {...form.register("status")}
        />
      </ProductTextFields>
      <FormFooter
        className="sm:col-span-2"
        error={update.error}
        saved={
          update.isSuccess && !form.formState.isDirty ? t("edit.saved") : null
        }
        busy={form.formState.isSubmitting}
        label={t("edit.saveDetails")}
        busyLabel={t("edit.saving")}
      />
    </form>
  )
}
