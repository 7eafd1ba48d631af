import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { SelectField, TextField } from "@/components/field"

export type FilterField =
  | "year"
  | "from"
  | "to"
  | "grain"
  | "below_line_only"
  | "group_by"
  | "below_threshold_only"
  | "county_code"
  | "township"
export type FilterValues = Partial<Record<FilterField, string>>

const date = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])
const FilterSchema = z
  .object({
    year: z.union([z.literal(""), z.string().regex(/^(20\d\d|2100)$/, "year")]),
    from: date,
    to: date,
    grain: z.enum(["day", "month", "year"]),
    below_line_only: z.boolean(),
    group_by: z.enum(["cooperative", "county"]),
    below_threshold_only: z.boolean(),
    county_code: z.union([z.literal(""), z.string().regex(/^\d{6}$/)]),
    township: z.string().trim().max(60),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    path: ["to"],
    message: "range",
  })
type FilterForm = z.infer<typeof FilterSchema>

// A report's period controls (any of year, from/to, grain, below-the-line
// only, the benefit report's grouping and below-the-threshold only);
// applying them puts them in the URL.
export function ReportFilterForm({
  fields,
  values,
  onApply,
  counties = [],
}: {
  fields: FilterField[]
  values: FilterValues
  onApply: (values: FilterValues) => void
  // The counties of the jurisdiction, for the county filter.
  counties?: { value: string; label: string }[]
}) {
  const { t } = useTranslation("reports")
  const form = useForm<FilterForm>({
    resolver: zodResolver(FilterSchema),
    values: {
      year: values.year ?? "",
      from: values.from ?? "",
      to: values.to ?? "",
      grain: (values.grain as FilterForm["grain"]) ?? "month",
      below_line_only: values.below_line_only === "true",
      group_by: values.group_by === "county" ? "county" : "cooperative",
      below_threshold_only: values.below_threshold_only === "true",
      county_code: values.county_code ?? "",
      township: values.township ?? "",
    },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit((submitted) => {
    const next: FilterValues = {}
    for (const field of fields) {
      const value = submitted[field]
      next[field] = typeof value === "boolean" ? String(value) : value
    }
    onApply(next)
  })
  const has = (field: FilterField) => fields.includes(field)
  return (
    <form
      onSubmit={submit}
      noValidate
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3"
    >
      {has("year") && (
        <TextField
          label={t("filters.year")}
          type="number"
          inputMode="numeric"
          error={errors.year && t("filters.yearError")}
          {...form.register("year")}
        />
      )}
      {has("from") && (
        <TextField
          label={t("filters.from")}
          type="date"
          error={errors.from && t("filters.dateError")}
          {...form.register("from")}
        />
      )}
      {has("to") && (
        <TextField
          label={t("filters.to")}
          type="date"
          error={errors.to && t("filters.rangeError")}
          {...form.register("to")}
        />
      )}
      {has("grain") && (
        <SelectField
          label={t("filters.grain")}
          options={(["day", "month", "year"] as const).map((value) => ({
            value,
            label: t(`grain.${value}`),
          }))}
          {...form.register("grain")}
        />
      )}
      {has("below_line_only") && (
        <label className="flex items-center gap-2 py-2 text-sm text-stone-700">
          <input
            type="checkbox"
            className="h-4 w-4 accent-emerald-700"
            {...form.register("below_line_only")}
          />
          {t("filters.belowLineOnly")}
        </label>
      )}
      {has("group_by") && (
        <SelectField
          label={t("filters.groupBy")}
          options={(["cooperative", "county"] as const).map((value) => ({
            value,
            label: t(`filters.groupByOption.${value}`),
          }))}
          {...form.register("group_by")}
        />
      )}
      {has("below_threshold_only") && (
        <label className="flex items-center gap-2 py-2 text-sm text-stone-700">
          <input
            type="checkbox"
            className="h-4 w-4 accent-emerald-700"
            {...form.register("below_threshold_only")}
          />
          {t("filters.belowThresholdOnly")}
        </label>
      )}
      {has("county_code") && (
        <SelectField
          label={t("filters.county")}
          options={[{ value: "", label: t("filters.anyCounty") }, ...counties]}
          {...form.register("county_code")}
        />
      )}
      {has("township") && (
        <TextField
          label={t("filters.township")}
          placeholder={t("filters.townshipHint")}
          error={errors.township && t("filters.townshipError")}
          {...form.register("township")}
        />
      )}
      <Button type="submit">{t("filters.apply")}</Button>
    </form>
  )
}
