import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { FormFooter } from "../../../components/form-footer"
import { TextField } from "../../../components/field"
import { useLinkHousehold } from "../api/link-household"
import type { Household } from "../api/types"
import {
  HouseholdLinkSchema,
  type HouseholdLinkInput,
  type HouseholdLinkValues,
} from "../utils/household-schema"

// Adds a household another cooperative registered: the registry number and
// the head's ID number together prove the cooperative knows the household.
export function HouseholdLinkForm({
  onLinked,
}: {
  onLinked: (household: Household) => void
}) {
  const { t } = useTranslation("households")
  const link = useLinkHousehold()
  const form = useForm<HouseholdLinkInput, unknown, HouseholdLinkValues>({
    resolver: zodResolver(HouseholdLinkSchema),
  })
  const errors = form.formState.errors
  const fieldError = (name: keyof HouseholdLinkInput) => {
    const message = errors[name]?.message
    return message ? t(`errors.${message}`) : undefined
  }

  const submit = form.handleSubmit(async (values) => {
    const { household } = await link.mutateAsync(values)
    onLinked(household)
  })

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <TextField
        label={t("fields.registryNumber")}
        error={fieldError("registry_number")}
        {...form.register("registry_number")}
      />
      <TextField
        label={t("fields.idNumber")}
        hint={t("form.idNumberHint")}
        autoComplete="off"
        maxLength={18}
        error={fieldError("id_number")}
        {...form.register("id_number")}
      />
      <FormFooter
        className="sm:col-span-2"
        error={link.error}
        busy={form.formState.isSubmitting}
        label={t("link.submit")}
        busyLabel={t("link.submitting")}
      />
    </form>
  )
}
