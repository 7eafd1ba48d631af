import { zodResolver } from "@hookform/resolvers/zod"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { HouseholdFamilyFields } from "./household-family-fields"
import { FormFooter } from "@/components/form-footer"
import { TextField } from "@/components/field"
import type { HouseholdUpdate } from "../api/update-household"
import { useUpdateHousehold } from "../api/update-household"
import type { Household } from "../api/types"
import {
  HouseholdUpdateSchema,
  type HouseholdUpdateValues,
} from "../utils/household-schema"

// Corrects what the cooperative may correct. The head's name and the phone
// come back masked, so they start blank and blank keeps the stored value.
export function HouseholdEditForm({ household }: { household: Household }) {
  const { t } = useTranslation("households")
  const update = useUpdateHousehold(household.id)
  const [saved, setSaved] = useState(false)
  const form = useForm<HouseholdUpdateValues>({
    resolver: zodResolver(HouseholdUpdateSchema),
    defaultValues: {
      township: household.township,
      village: household.village,
      head_name: "",
      phone: "",
      member_count: household.member_count,
      poverty_cause: household.poverty_cause ?? "",
    },
  })
  const errors = form.formState.errors
  const fieldError = (name: keyof HouseholdUpdateValues) => {
    const message = errors[name]?.message
    return message ? t(`errors.${message}`) : undefined
  }

  const submit = form.handleSubmit(async (values) => {
    setSaved(false)
    const body: HouseholdUpdate = {
      township: values.township,
      village: values.village,
      member_count: values.member_count,
      poverty_cause: values.poverty_cause || null,
      ...(values.head_name ? { head_name: values.head_name } : {}),
      ...(values.phone ? { phone: values.phone } : {}),
    }
    await update.mutateAsync(body)
    form.reset({ ...values, head_name: "", phone: "" })
    setSaved(true)
  })

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <TextField
        label={t("fields.township")}
        error={fieldError("township")}
        {...form.register("township")}
      />
      <TextField
        label={t("fields.village")}
        error={fieldError("village")}
        {...form.register("village")}
      />
      <TextField
        label={t("fields.headName")}
        placeholder={household.head_name}
        hint={t("edit.keepHint")}
        autoComplete="off"
        error={fieldError("head_name")}
        {...form.register("head_name")}
      />
      <TextField
        label={t("fields.phone")}
        type="tel"
        placeholder={household.phone ?? ""}
        hint={t("edit.keepHint")}
        autoComplete="off"
        error={fieldError("phone")}
        {...form.register("phone")}
      />
      <HouseholdFamilyFields
        register={(name, options) => form.register(name, options)}
        fieldError={fieldError}
      />
      <FormFooter
        className="sm:col-span-2"
        error={update.error}
        saved={saved ? t("edit.saved") : null}
        busy={form.formState.isSubmitting}
        label={t("common:actions.save")}
        busyLabel={t("edit.saving")}
      />
    </form>
  )
}
