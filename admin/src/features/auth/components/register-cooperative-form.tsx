import { zodResolver } from "@hookform/resolvers/zod"
import { isValidCreditCode } from "@tianfu/domain"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import { z } from "zod"
import { FormFooter } from "@/components/form-footer"
import { SelectField, TextAreaField, TextField } from "@/components/field"
import { countyName, useCounties } from "@/features/counties/api/get-counties"
import { useRegisterCooperative } from "../api/register-cooperative"

const RegistrationSchema = z.object({
  email: z.string().email("email"),
  password: z.string().min(8, "password"),
  name: z.string().trim().min(2, "name").max(200),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle")
    .max(100),
  credit_code: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidCreditCode, "credit_code"),
  county_code: z.string().regex(/^\d{6}$/, "county_code"),
  contact_email: z.string().email("email"),
  first_name: z.string().max(100).optional(),
  last_name: z.string().max(100).optional(),
  story: z.string().max(5000).optional(),
})
type RegistrationValues = z.infer<typeof RegistrationSchema>

// A cooperative registers itself; it stays pending until a bureau approves.
export function RegisterCooperativeForm() {
  const { t, i18n } = useTranslation("auth")
  const navigate = useNavigate()
  const counties = useCounties()
  const register = useRegisterCooperative()
  const form = useForm<RegistrationValues>({
    resolver: zodResolver(RegistrationSchema),
    defaultValues: { county_code: "" },
  })
  const errors = form.formState.errors
  const fieldError = (name: keyof RegistrationValues) =>
    errors[name] && t(`errors.${errors[name]?.message ?? name}`)

  const submit = form.handleSubmit(async (values) => {
    const { email, password, ...cooperative } = values
    await register.mutateAsync({
      credentials: { email, password },
      cooperative: { ...cooperative, story: cooperative.story || null },
    })
    navigate("/coop", { replace: true })
  })

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <h2 className="font-semibold text-stone-800 sm:col-span-2">
        {t("register.account")}
      </h2>
      <TextField
        label={t("fields.email")}
        type="email"
        autoComplete="username"
        error={fieldError("email")}
        {...form.register("email")}
      />
      <TextField
        label={t("fields.password")}
        type="password"
        autoComplete="new-password"
        hint={t("register.passwordHint")}
        error={fieldError("password")}
        {...form.register("password")}
      />
      <TextField
        label={t("fields.lastName")}
        autoComplete="family-name"
        {...form.register("last_name")}
      />
      <TextField
        label={t("fields.firstName")}
        autoComplete="given-name"
        {...form.register("first_name")}
      />
      <h2 className="mt-2 font-semibold text-stone-800 sm:col-span-2">
        {t("register.cooperative")}
      </h2>
      <TextField
        label={t("fields.cooperativeName")}
        error={fieldError("name")}
        {...form.register("name")}
      />
      <TextField
        label={t("fields.handle")}
        hint={t("register.handleHint")}
        error={fieldError("handle")}
        {...form.register("handle")}
      />
      <TextField
        label={t("fields.creditCode")}
        hint={t("register.creditCodeHint")}
        maxLength={18}
        error={fieldError("credit_code")}
        {...form.register("credit_code")}
      />
      <SelectField
        label={t("fields.county")}
        error={fieldError("county_code")}
        options={[
          {
            value: "",
            label: counties.isPending
              ? t("register.loadingCounties")
              : t("register.chooseCounty"),
          },
          ...(counties.data ?? []).map((county) => ({
            value: county.code,
            label: `${countyName(county, i18n.language)} (${county.code})`,
          })),
        ]}
        {...form.register("county_code")}
      />
      <TextField
        label={t("fields.contactEmail")}
        type="email"
        error={fieldError("contact_email")}
        {...form.register("contact_email")}
      />
      <div className="sm:col-span-2">
        <TextAreaField label={t("fields.story")} {...form.register("story")} />
      </div>
      <FormFooter
        className="sm:col-span-2"
        error={register.error}
        busy={form.formState.isSubmitting}
        label={t("register.submit")}
        busyLabel={t("register.submitting")}
      />
    </form>
  )
}
