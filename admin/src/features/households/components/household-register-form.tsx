import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { HouseholdFamilyFields } from "./household-family-fields"
import { FormFooter } from "@/components/form-footer"
import { SelectField, TextField } from "@/components/field"
import { useCreateHousehold } from "../api/create-household"
import type { Household } from "../api/types"
import {
  HouseholdRegistrationSchema,
  type HouseholdRegistrationInput,
  type HouseholdRegistrationValues,
} from "../utils/household-schema"

export type CountyOption = { value: string; label: string }

// Registers a card-filed household; the ID number is checked here (GB 11643
// check digit) and again by the server, which stores it encrypted.
export function HouseholdRegisterForm({
  counties,
  countiesLoading,
  defaultCounty,
  onCreated,
}: {
  counties: CountyOption[]
  countiesLoading: boolean
  defaultCounty?: string
  onCreated: (household: Household) => void
}) {
  const { t } = useTranslation("households")
  const create = useCreateHousehold()
  const form = useForm<
    HouseholdRegistrationInput,
    unknown,
    HouseholdRegistrationValues
  >({
    resolver: zodResolver(HouseholdRegistrationSchema),
    defaultValues: {
      county_code: defaultCounty ?? "",
      phone: "",
      poverty_cause: "",
    },
  })
  const errors = form.formState.errors
  const fieldError = (name: keyof HouseholdRegistrationInput) => {
    const message = errors[name]?.message
    return message ? t(`errors.${message}`) : undefined
  }

  const submit = form.handleSubmit(async (values) => {
    const { household } = await create.mutateAsync({
      ...values,
      phone: values.phone || null,
      poverty_cause: values.poverty_cause || null,
    })
    onCreated(household)
  })

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <TextField
        label={t("fields.registryNumber")}
        hint={t("form.registryNumberHint")}
        error={fieldError("registry_number")}
        {...form.register("registry_number")}
      />
      <SelectField
        label={t("fields.county")}
        error={fieldError("county_code")}
        options={[
          {
            value: "",
            label: countiesLoading
              ? t("form.loadingCounties")
              : t("form.chooseCounty"),
          },
          ...counties,
        ]}
        {...form.register("county_code")}
      />
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
        autoComplete="off"
        error={fieldError("head_name")}
        {...form.register("head_name")}
      />
      <TextField
        label={t("fields.idNumber")}
        hint={t("form.idNumberHint")}
        autoComplete="off"
        maxLength={18}
        error={fieldError("id_number")}
        {...form.register("id_number")}
      />
      <TextField
        label={t("fields.phone")}
        type="tel"
        autoComplete="off"
        hint={t("form.optional")}
        error={fieldError("phone")}
        {...form.register("phone")}
      />
      <HouseholdFamilyFields
        register={(name, options) => form.register(name, options)}
        fieldError={fieldError}
        causeHint={t("form.optional")}
      />
      <FormFooter
        className="sm:col-span-2"
        error={create.error}
        busy={form.formState.isSubmitting}
        label={t("form.submit")}
        busyLabel={t("form.submitting")}
      />
    </form>
  )
}
