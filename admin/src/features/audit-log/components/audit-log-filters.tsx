import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { SelectField, TextField } from "@/components/field"
import { useAuditLogFacets } from "../api/get-audit-log-facets"
import { useAuditWords } from "../hooks/use-audit-words"

const date = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])
const FiltersSchema = z
  .object({
    actor_id: z.string().max(100),
    action: z.string().max(100),
    resource_type: z.string().max(100),
    from: date,
    to: date,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    path: ["to"],
    message: "range",
  })
export type AuditLogFilterValues = z.infer<typeof FiltersSchema>

// Who, what and when, each picked from what occurs in the jurisdiction's
// log (people by name, actions and objects in words), never typed as codes.
export function AuditLogFilters({
  values,
  onApply,
}: {
  values: AuditLogFilterValues
  onApply: (values: AuditLogFilterValues) => void
}) {
  const { t } = useTranslation("audit-log")
  const words = useAuditWords()
  const facets = useAuditLogFacets()
  const form = useForm<AuditLogFilterValues>({
    resolver: zodResolver(FiltersSchema),
    values,
  })
  // Keep a value from the URL pickable even before the lists load.
  const withCurrent = (
    options: { value: string; label: string }[],
    current: string,
    label: (value: string) => string
  ) =>
    current && !options.some((o) => o.value === current)
      ? [...options, { value: current, label: label(current) }]
      : options
  const actors = (facets.data?.actors ?? []).map((actor) => ({
    value: actor.actor_id,
    label: `${actor.name ?? t("unnamed")}（${t(`actorType.${actor.actor_type}`)}）`,
  }))
  return (
    <form
      onSubmit={form.handleSubmit(onApply)}
      noValidate
      aria-busy={facets.isPending}
      className="mb-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
    >
      <SelectField
        label={t("filters.actor")}
        options={[
          { value: "", label: t("filters.anyActor") },
          ...withCurrent(actors, values.actor_id, () => t("unnamed")),
        ]}
        {...form.register("actor_id")}
      />
      <SelectField
        label={t("filters.action")}
        options={[
          { value: "", label: t("filters.anyAction") },
          ...withCurrent(
            (facets.data?.actions ?? []).map((value) => ({
              value,
              label: words.action(value),
            })),
            values.action,
            words.action
          ),
        ]}
        {...form.register("action")}
      />
      <SelectField
        label={t("filters.resourceType")}
        options={[
          { value: "", label: t("filters.anyResource") },
          ...withCurrent(
            (facets.data?.resource_types ?? []).map((value) => ({
              value,
              label: words.resourceType(value),
            })),
            values.resource_type,
            words.resourceType
          ),
        ]}
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
