import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { FormFooter } from "@/components/form-footer"
import { TextField } from "@/components/field"
import { useLinkHousehold } from "../api/link-household"
import {
  HouseholdLinkSchema,
  type HouseholdLinkInput,
  type HouseholdLinkValues,
} from "../utils/household-schema"

// Asks to join a household another cooperative registered: the registry
// number and the head's ID number together prove the cooperative knows the
// household; the county's reviewer approves. The answer is the same whether
// or not they match, so the form only says the request was sent.
export function HouseholdLinkForm() {
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
    await link.mutateAsync(values)
    form.reset({ registry_number: "", id_number: "" })
  })

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {link.isSuccess && (
        <p
          role="status"
          className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 sm:col-span-2"
        >
          {t("link.sent")}
        </p>
      )}
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
