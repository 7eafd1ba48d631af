import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { SelectField, TextField } from "@/components/field"
import type { SummaryParams } from "../api/summary"

const schema = z.object({
  group_by: z.enum(["township", "county"]),
  county_code: z.string(),
  year: z.union([z.literal(""), z.string().regex(/^20\d\d$/)]),
})

// The summary's grouping (township or county), county and year.
export function SummaryFilterForm({
  values,
  countyOptions,
  onApply,
}: {
  values: SummaryParams
  countyOptions: { value: string; label: string }[]
  onApply: (values: SummaryParams) => void
}) {
  const { t } = useTranslation("oversight")
  const form = useForm<SummaryParams>({ resolver: zodResolver(schema), values })
  return (
    <form
      onSubmit={form.handleSubmit(onApply)}
      noValidate
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3"
    >
      <SelectField
        label={t("summary.groupBy")}
        options={(["township", "county"] as const).map((value) => ({
          value,
          label: t(`summary.by.${value}`),
        }))}
        {...form.register("group_by")}
      />
      <SelectField
        label={t("filters.county")}
        options={[{ value: "", label: t("filters.any") }, ...countyOptions]}
        {...form.register("county_code")}
      />
      <TextField
        label={t("filters.year")}
        type="number"
        inputMode="numeric"
        placeholder={t("filters.allYears")}
        error={form.formState.errors.year && t("filters.yearError")}
        {...form.register("year")}
      />
      <Button type="submit">{t("filters.apply")}</Button>
    </form>
  )
}
