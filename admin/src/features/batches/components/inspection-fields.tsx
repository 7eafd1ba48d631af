import { useWatch, type UseFormReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { SelectField, TextField } from "@/components/field"
import type { BatchFormValues } from "../utils/batch-form"

// An optional quality inspection: agency, date, result, report number.
export function InspectionFields({
  form,
}: {
  form: UseFormReturn<BatchFormValues>
}) {
  const { t } = useTranslation("batches")
  const enabled = useWatch({ control: form.control, name: "has_inspection" })
  const errors = form.formState.errors.inspection
  const message = (key?: string) => (key ? t(`errors.${key}`) : undefined)
  return (
    <div className="flex flex-col gap-4">
      <label className="flex items-center gap-2 text-sm font-medium text-stone-700">
        <input
          type="checkbox"
          className="h-4 w-4 accent-emerald-700"
          {...form.register("has_inspection")}
        />
        {t("inspection.record")}
      </label>
      {enabled && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("inspection.agency")}
            error={message(errors?.agency?.message)}
            {...form.register("inspection.agency")}
          />
          <TextField
            label={t("inspection.date")}
            type="date"
            error={message(errors?.inspected_at?.message)}
            {...form.register("inspection.inspected_at")}
          />
          <SelectField
            label={t("inspection.result")}
            options={[
              { value: "pass", label: t("inspection.pass") },
              { value: "fail", label: t("inspection.fail") },
            ]}
            error={message(errors?.result?.message)}
            {...form.register("inspection.result")}
          />
          <TextField
            label={t("inspection.reportNumber")}
            error={message(errors?.report_number?.message)}
            {...form.register("inspection.report_number")}
          />
        </div>
      )}
    </div>
  )
}
