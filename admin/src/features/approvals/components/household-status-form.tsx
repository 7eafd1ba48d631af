import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { FormError, SelectField, TextField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { errorMessage } from "@/lib/api-error-message"
import { useChangeHouseholdStatus } from "../api/change-household-status"
import type { BureauHouseholdDetail } from "../api/types"

const StatusSchema = z.object({
  status: z.enum(["lifted", "monitored", "returned"]),
  year: z.coerce.number().int().min(2013).max(2100),
})
type StatusInput = z.input<typeof StatusSchema>
type StatusValues = z.output<typeof StatusSchema>

// Record that a household left poverty, is being monitored, or returned to
// it, from a given year.
export function HouseholdStatusForm({
  household,
}: {
  household: BureauHouseholdDetail
}) {
  const { t } = useTranslation("approvals")
  const change = useChangeHouseholdStatus()
  const form = useForm<StatusInput, unknown, StatusValues>({
    resolver: zodResolver(StatusSchema),
    defaultValues: {
      status: household.status === "registered" ? "lifted" : household.status,
      year: household.status_year ?? new Date().getFullYear(),
    },
  })
  const submit = form.handleSubmit(async (values) => {
    await change.mutateAsync({ id: household.id, ...values })
  })
  return (
    <Panel title={t("statusForm.title")}>
      <form
        onSubmit={submit}
        noValidate
        className="flex flex-wrap items-end gap-3"
      >
        <SelectField
          label={t("statusForm.status")}
          options={(["lifted", "monitored", "returned"] as const).map(
            (value) => ({
              value,
              label: t(`common:householdStatus.${value}`),
            })
          )}
          {...form.register("status")}
        />
        <TextField
          label={t("statusForm.year")}
          type="number"
          inputMode="numeric"
          error={form.formState.errors.year && t("statusForm.yearError")}
          {...form.register("year")}
        />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("statusForm.submit")}
        </Button>
        {change.isSuccess && (
          <p role="status" className="text-sm text-emerald-800">
            {t("statusForm.saved")}
          </p>
        )}
      </form>
      <div className="mt-3">
        <FormError message={change.error && errorMessage(change.error, t)} />
      </div>
    </Panel>
  )
}
