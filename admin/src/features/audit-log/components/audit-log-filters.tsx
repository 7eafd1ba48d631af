import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { SelectField, TextField } from "@/components/field"

const date = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])
const FiltersSchema = z
  .object({
    actor_type: z.enum(["", "cooperative_user", "bureau_user", "user"]),
    action: z.string().trim().max(100),
    resource_type: z.string().trim().max(100),
    from: date,
    to: date,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    path: ["to"],
    message: "range",
  })
export type AuditLogFilterValues = z.infer<typeof FiltersSchema>

// Who (actor type), what (action, resource type) and when (from / to).
export function AuditLogFilters({
  values,
  onApply,
}: {
  values: AuditLogFilterValues
  onApply: (values: AuditLogFilterValues) => void
}) {
  const { t } = useTranslation("audit-log")
  const form = useForm<AuditLogFilterValues>({
    resolver: zodResolver(FiltersSchema),
    values,
  })
  return (
    <form
      onSubmit={form.handleSubmit(onApply)}
      noValidate
      className="mb-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
    >
      <SelectField
        label={t("filters.actorType")}
        options={(["", "cooperative_user", "bureau_user", "user"] as const).map(
          (value) => ({
            value,
            label: value ? t(`actorType.${value}`) : t("filters.anyActor"),
          })
        )}
        {...form.register("actor_type")}
      />
      <TextField
        label={t("filters.action")}
        placeholder="cooperative.approved"
        {...form.register("action")}
      />
      <TextField
        label={t("filters.resourceType")}
        placeholder="cooperative"
        {...form.register("resource_type")}
      />
      <TextField
        label={t("filters.from")}
        type="date"
        {...form.register("from")}
      />
      <TextField
        label={t("filters.to")}
        type="date"
        error={form.formState.errors.to && t("filters.rangeError")}
        {...form.register("to")}
      />
      <Button type="submit">{t("filters.apply")}</Button>
    </form>
  )
}
