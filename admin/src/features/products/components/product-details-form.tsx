import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "../../../components/button"
import {
  FormError,
  SelectField,
  TextAreaField,
  TextField,
} from "../../../components/field"
import { errorMessage } from "../../../lib/api-error-message"
import type { Product } from "../api/types"
import { useUpdateProduct } from "../api/update-product"

const DetailsSchema = z.object({
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  title_en: z.string().max(200, "tooLong"),
  subtitle: z.string().max(200, "tooLong"),
  description: z.string().max(10000, "tooLong"),
  description_en: z.string().max(10000, "tooLong"),
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
      <TextField
        label={t("fields.title")}
        error={message(errors.title?.message)}
        {...form.register("title")}
      />
      <TextField
        label={t("fields.titleEn")}
        lang="en"
        error={message(errors.title_en?.message)}
        {...form.register("title_en")}
      />
      <TextField
        label={t("fields.subtitle")}
        error={message(errors.subtitle?.message)}
        {...form.register("subtitle")}
      />
      <SelectField
        label={t("fields.status")}
        options={[
          { value: "published", label: t("status.published") },
          { value: "draft", label: t("status.draft") },
        ]}
        {...form.register("status")}
      />
      <TextAreaField
        label={t("fields.description")}
        error={message(errors.description?.message)}
        {...form.register("description")}
      />
      <TextAreaField
        label={t("fields.descriptionEn")}
        lang="en"
        error={message(errors.description_en?.message)}
        {...form.register("description_en")}
      />
      <div className="flex flex-col gap-3 sm:col-span-2">
        <FormError
          message={update.error ? errorMessage(update.error, t) : null}
        />
        <SavedNote show={update.isSuccess && !form.formState.isDirty} />
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting
              ? t("edit.saving")
              : t("edit.saveDetails")}
          </Button>
        </div>
      </div>
    </form>
  )
}

export function SavedNote({ show }: { show: boolean }) {
  const { t } = useTranslation("products")
  if (!show) return null
  return (
    <p role="status" className="text-sm text-emerald-800">
      {t("edit.saved")}
    </p>
  )
}
