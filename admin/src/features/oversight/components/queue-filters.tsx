import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { CASE_CATEGORIES, FLAG_RULES } from "@tianfu/domain"
import { Button } from "@/components/button"
import { SelectField, TextField } from "@/components/field"
import type { OversightKind, QueueFilters } from "../api/types"

const schema = z.object({
  county_code: z.string(),
  township: z.string().trim().max(100),
  status: z.string(),
  kind: z.string(),
  older_than_days: z.union([
    z.literal(""),
    z.string().regex(/^\d{1,4}$/, "days"),
  ]),
  assigned: z.enum(["", "me", "nobody", "anyone"]),
})

const STATUSES = {
  flag: ["open", "resolved", "cleared", "all"],
  case: ["open", "closed", "all"],
} as const

// A queue's filters: county, township, rule (flags) or category (cases),
// status, age (open longer than N days) and who it is assigned to.
export function QueueFilterForm({
  kind,
  values,
  countyOptions,
  onApply,
}: {
  kind: OversightKind
  values: QueueFilters
  countyOptions: { value: string; label: string }[]
  onApply: (values: QueueFilters) => void
}) {
  const { t } = useTranslation("oversight")
  const form = useForm<QueueFilters>({ resolver: zodResolver(schema), values })
  const errors = form.formState.errors
  const kinds = kind === "flag" ? FLAG_RULES : CASE_CATEGORIES
  return (
    <form
      onSubmit={form.handleSubmit(onApply)}
      noValidate
      className="mb-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-7 lg:items-end"
    >
      <SelectField
        label={t("filters.county")}
        options={[{ value: "", label: t("filters.any") }, ...countyOptions]}
        {...form.register("county_code")}
      />
      <TextField label={t("filters.township")} {...form.register("township")} />
      <SelectField
        label={t(kind === "flag" ? "filters.rule" : "filters.category")}
        options={[
          { value: "", label: t("filters.any") },
          ...kinds.map((value) => ({
            value,
            label: t(kind === "flag" ? `rule.${value}` : `category.${value}`),
          })),
        ]}
        {...form.register("kind")}
      />
      <SelectField
        label={t("filters.status")}
        options={STATUSES[kind].map((value) => ({
          value,
          label: t(`status.${value}`),
        }))}
        {...form.register("status")}
      />
      <TextField
        label={t("filters.olderThan")}
        type="number"
        min={0}
        inputMode="numeric"
        error={errors.older_than_days && t("filters.olderThanError")}
        {...form.register("older_than_days")}
      />
      <SelectField
        label={t("filters.assigned")}
        options={(["", "me", "nobody"] as const).map((value) => ({
          value,
          label: t(`assigned.${value || "anyone"}`),
        }))}
        {...form.register("assigned")}
      />
      <Button type="submit">{t("filters.apply")}</Button>
    </form>
  )
}
