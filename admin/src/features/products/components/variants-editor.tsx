import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { TextField } from "@/components/field"
import { emptyVariant, type ProductFormValues } from "../utils/product-form"

// One row per sellable variant: title, SKU, a value for each option and the
// price in yuan. An empty option value means "same as the title".
export function VariantsEditor({
  form,
}: {
  form: UseFormReturn<ProductFormValues>
}) {
  const { t } = useTranslation("products")
  const variants = useFieldArray({ control: form.control, name: "variants" })
  const options = useWatch({ control: form.control, name: "options" })
  const errors = form.formState.errors.variants
  const message = (key?: string) => (key ? t(`errors.${key}`) : undefined)

  return (
    <div className="flex flex-col gap-4">
      {variants.fields.map((field, index) => {
        const n = index + 1
        return (
          <fieldset
            key={field.id}
            className="grid items-end gap-3 rounded-md border border-stone-200 p-3 sm:grid-cols-2 lg:grid-cols-4"
          >
            <legend className="px-1 text-sm font-medium text-stone-700">
              {t("variants.row", { n })}
            </legend>
            <TextField
              label={t("variants.title", { n })}
              placeholder={t("variants.titlePlaceholder")}
              error={message(errors?.[index]?.title?.message)}
              {...form.register(`variants.${index}.title`)}
            />
            <TextField
              label={t("variants.sku", { n })}
              error={message(errors?.[index]?.sku?.message)}
              {...form.register(`variants.${index}.sku`)}
            />
            {options.map((option, o) => (
              <TextField
                key={o}
                label={t("variants.optionValue", {
                  option: option.title || t("options.title", { n: o + 1 }),
                  n,
                })}
                placeholder={t("variants.optionValuePlaceholder")}
                {...form.register(`variants.${index}.values.${o}`)}
              />
            ))}
            <TextField
              label={t("variants.price", { n })}
              inputMode="decimal"
              placeholder="68.00"
              error={message(errors?.[index]?.price?.message)}
              {...form.register(`variants.${index}.price`)}
            />
            <div>
              <Button
                variant="ghost"
                small
                disabled={variants.fields.length <= 1}
                onClick={() => variants.remove(index)}
              >
                {t("variants.remove", { n })}
              </Button>
            </div>
          </fieldset>
        )
      })}
      {errors?.root?.message && (
        <p className="text-xs text-red-700">{message(errors.root.message)}</p>
      )}
      <div>
        <Button
          variant="secondary"
          small
          disabled={variants.fields.length >= 50}
          onClick={() => variants.append(emptyVariant(options.length))}
        >
          {t("variants.add")}
        </Button>
      </div>
    </div>
  )
}
