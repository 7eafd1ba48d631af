import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, SelectField, TextAreaField } from "@/components/field"
import { QueryState } from "@/components/states"
import { errorMessage } from "@/lib/api-error-message"
import { useApprovedCooperatives, useAssignHousehold } from "../api/registry"

const schema = z.object({
  cooperative_id: z.string().min(1),
  note: z.string().trim().max(500),
})

export type AssignTarget = {
  household_id: string
  registry_number: string
  county_code: string
  label: string
}

// Assigns an unbound household to a cooperative: a member request the
// cooperative accepts or declines. Cooperatives of the household's county
// come first; one that does not operate there is refused by the backend,
// and the refusal is shown here.
export function AssignHouseholdDialog({
  target,
  onDone,
  onClose,
}: {
  target: AssignTarget
  onDone: (cooperativeName: string) => void
  onClose: () => void
}) {
  const { t } = useTranslation("registry")
  const cooperatives = useApprovedCooperatives(true)
  const assign = useAssignHousehold()
  const form = useForm<{ cooperative_id: string; note: string }>({
    resolver: zodResolver(schema),
    defaultValues: { cooperative_id: "", note: "" },
  })
  const submit = form.handleSubmit(async ({ cooperative_id, note }) => {
    await assign.mutateAsync({ id: target.household_id, cooperative_id, note })
    const chosen = cooperatives.data?.find((c) => c.id === cooperative_id)
    onDone(chosen?.name ?? cooperative_id)
  })
  const busy = form.formState.isSubmitting
  return (
    <Dialog
      title={t("assign.title")}
      description={`${target.registry_number} · ${target.label}`}
      onClose={onClose}
      busy={busy}
    >
      <QueryState query={cooperatives}>
        {(list) => {
          const ordered = [...list].sort(
            (a, b) =>
              Number(b.county_code === target.county_code) -
                Number(a.county_code === target.county_code) ||
              a.name.localeCompare(b.name, "zh-CN")
          )
          return (
            <form onSubmit={submit} noValidate className="flex flex-col gap-4">
              <SelectField
                label={t("assign.cooperative")}
                options={[
                  { value: "", label: t("assign.choose") },
                  ...ordered.map((c) => ({ value: c.id, label: c.name })),
                ]}
                error={
                  form.formState.errors.cooperative_id && t("assign.required")
                }
                hint={list.length ? t("assign.hint") : t("assign.none")}
                {...form.register("cooperative_id")}
              />
              <TextAreaField
                label={t("assign.note")}
                rows={2}
                {...form.register("note")}
              />
              <FormError
                message={assign.error && errorMessage(assign.error, t)}
              />
              <DialogActions
                confirmLabel={t("assign.confirm")}
                onCancel={onClose}
                busy={busy}
              />
            </form>
          )
        }}
      </QueryState>
    </Dialog>
  )
}
