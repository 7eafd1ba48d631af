import type { UseFormReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { SelectField, TextField } from "@/components/field"
import type { VariantChoice } from "../api/get-variant-choices"
import { CERTIFICATIONS, UNITS } from "../api/types"
import type { BatchFormValues } from "../utils/batch-form"

// What was harvested, where, when and how much; how it maps to stock.
export function BatchFactsFields({
  form,
  variants,
}: {
  form: UseFormReturn<BatchFormValues>
  variants: VariantChoice[]
}) {
  const { t } = useTranslation("batches")
  const errors = form.formState.errors
  const message = (key?: string) => (key ? t(`errors.${key}`) : undefined)
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <SelectField
          label={t("fields.variant")}
          options={[
            { value: "", label: t("form.chooseVariant") },
            ...variants.map((v) => ({ value: v.id, label: v.label })),
          ]}
          error={message(errors.variant_id?.message)}
          {...form.register("variant_id")}
        />
      </div>
      <TextField
        label={t("fields.harvestedAt")}
        type="date"
        error={message(errors.harvested_at?.message)}
        {...form.register("harvested_at")}
      />
      <TextField
        label={t("fields.village")}
        error={message(errors.village?.message)}
        {...form.register("village")}
      />
      <TextField
        label={t("fields.quantity")}
        inputMode="numeric"
        hint={t("form.quantityHint")}
        error={message(errors.quantity?.message)}
        {...form.register("quantity")}
      />
      <SelectField
        label={t("fields.unit")}
        options={UNITS.map((unit) => ({
          value: unit,
          label: t(`units.${unit}`),
        }))}
        {...form.register("unit")}
      />
      <TextField
        label={t("fields.unitsPerStockItem")}
        inputMode="numeric"
        hint={t("form.unitsPerStockItemHint")}
        error={message(errors.units_per_stock_item?.message)}
        {...form.register("units_per_stock_item")}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-stone-700">
          {t("fields.certifications")}
        </legend>
        {CERTIFICATIONS.map((certification) => (
          <label
            key={certification}
            className="flex items-center gap-2 text-sm text-stone-700"
          >
            <input
              type="checkbox"
              value={certification}
              className="h-4 w-4 accent-emerald-700"
              {...form.register("certifications")}
            />
            {t(`certifications.${certification}`)}
          </label>
        ))}
      </fieldset>
    </div>
  )
}
