import { useFieldArray, type UseFormReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { TextField } from "@/components/field"
import type { ProductFormValues } from "../utils/product-form"

// The product's options (规格, 产地…) with their values; removing an option
// removes its value from every variant so rows stay aligned.
export function OptionsEditor({
  form,
}: {
  form: UseFormReturn<ProductFormValues>
}) {
  const { t } = useTranslation("products")
  const options = useFieldArray({ control: form.control, name: "options" })
  const errors = form.formState.errors.options
  const message = (key?: string) => (key ? t(`errors.${key}`) : undefined)

  const add = () => {
    options.append({ title: "", values: "" })
    form.setValue(
      "variants",
      form
        .getValues("variants")
        .map((v) => ({ ...v, values: [...v.values, ""] }))
    )
  }
  const remove = (index: number) => {
    options.remove(index)
    form.setValue(
      "variants",
      form
        .getValues("variants")
        .map((v) => ({ ...v, values: v.values.filter((_, i) => i !== index) }))
    )
  }

  return (
    <div className="flex flex-col gap-3">
      {options.fields.map((field, index) => (
        <div
          key={field.id}
          className="grid items-start gap-3 sm:grid-cols-[1fr_2fr_auto]"
        >
          <TextField
            label={t("options.title", { n: index + 1 })}
            error={message(errors?.[index]?.title?.message)}
            {...form.register(`options.${index}.title`)}
          />
          <TextField
            label={t("options.values", { n: index + 1 })}
            hint={t("options.valuesHint")}
            {...form.register(`options.${index}.values`)}
          />
          <Button
            variant="ghost"
            small
            className="sm:mt-7"
            disabled={options.fields.length <= 1}
            onClick={() => remove(index)}
          >
            {t("options.remove", { n: index + 1 })}
          </Button>
        </div>
      ))}
      <div>
        <Button
          variant="secondary"
          small
          disabled={options.fields.length >= 3}
          onClick={add}
        >
          {t("options.add")}
        </Button>
      </div>
    </div>
  )
}
