import { zodResolver } from "@hookform/resolvers/zod"
import { Controller, useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import { FormFooter } from "@/components/form-footer"
import { TextField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { useCreateProduct } from "../api/create-product"
import {
  ProductFormSchema,
  productFormDefaults,
  toCreateProductBody,
  type ProductFormValues,
} from "../utils/product-form"
import { ImagesEditor } from "./images-editor"
import { OptionsEditor } from "./options-editor"
import { ProductTextFields } from "./product-text-fields"
import { VariantsEditor } from "./variants-editor"

// A new product with its options, variants and CNY prices.
export function ProductCreateForm() {
  const { t } = useTranslation("products")
  const navigate = useNavigate()
  const create = useCreateProduct()
  const form = useForm<ProductFormValues>({
    resolver: zodResolver(ProductFormSchema),
    defaultValues: productFormDefaults(t("options.defaultTitle")),
  })
  const errors = form.formState.errors
  const message = (key?: string) => (key ? t(`errors.${key}`) : undefined)

  const submit = form.handleSubmit(async (values) => {
    const { product } = await create.mutateAsync(toCreateProductBody(values))
    navigate(`/coop/products/${product.id}`)
  })

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <Panel title={t("sections.basics")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <ProductTextFields
            field={(name) => ({
              error: message(errors[name]?.message),
              ...form.register(name),
            })}
          >
            <TextField
              label={t("fields.handle")}
              hint={t("fields.handleHint")}
              error={message(errors.handle?.message)}
              {...form.register("handle")}
            />
          </ProductTextFields>
        </div>
      </Panel>
      <Panel title={t("sections.images")}>
        <Controller
          control={form.control}
          name="images"
          render={({ field }) => (
            <ImagesEditor
              items={field.value}
              onChange={field.onChange}
              errors={field.value.map((_, i) =>
                message(errors.images?.[i]?.url?.message)
              )}
            />
          )}
        />
      </Panel>
      <Panel title={t("sections.options")}>
        <OptionsEditor form={form} />
      </Panel>
      <Panel title={t("sections.variants")}>
        <VariantsEditor form={form} />
      </Panel>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5"
          {...form.register("publish")}
        />
        <span>
          {t("create.publish")}
          <span className="block text-stone-500">
            {t("create.publishHint")}
          </span>
        </span>
      </label>
      <FormFooter
        error={create.error}
        busy={form.formState.isSubmitting}
        label={t("create.submit")}
        busyLabel={t("create.submitting")}
      />
    </form>
  )
}
