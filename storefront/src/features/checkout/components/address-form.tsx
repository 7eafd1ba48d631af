import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { TextField } from "@/components/text-field"
import {
  addressSchema,
  savedAddressSchema,
  type AddressInput,
} from "../utils/address-schema"
import { DivisionSelect } from "./division-select"

type Field = {
  name: "email" | "name" | "phone" | "address" | "postal_code"
  type?: string
  autoComplete: string
  wide?: boolean
}

const CONTACT: Field[] = [
  { name: "name", autoComplete: "name" },
  { name: "phone", type: "tel", autoComplete: "tel" },
]
const STREET: Field[] = [
  { name: "address", autoComplete: "street-address", wide: true },
  { name: "postal_code", autoComplete: "postal-code" },
]

// The shipping address: contact, the province → city → district cascade,
// street and postcode. Checkout asks the e-mail too (`withEmail`) and, for a
// signed-in shopper, whether to keep the address (`offerRemember`).
export function AddressForm({
  defaults,
  saving,
  onSave,
  withEmail = true,
  offerRemember = false,
  submitLabel,
  onCancel,
}: {
  defaults: Partial<AddressInput>
  saving: boolean
  onSave: (input: AddressInput) => void
  withEmail?: boolean
  offerRemember?: boolean
  submitLabel?: string
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitted },
  } = useForm<AddressInput>({
    resolver: zodResolver(
      withEmail ? addressSchema : savedAddressSchema
    ) as never,
    defaultValues: {
      province: "",
      city: "",
      district: "",
      division_code: "",
      remember: offerRemember,
      ...defaults,
    },
  })
  const field = (f: Field) => (
    <TextField
      key={f.name}
      id={`address-${f.name}`}
      label={t(`checkout.fields.${f.name}`)}
      error={errors[f.name]?.message}
      registration={register(f.name)}
      type={f.type}
      autoComplete={f.autoComplete}
      className={f.wide ? "sm:col-span-2" : undefined}
    />
  )
  return (
    <form
      onSubmit={handleSubmit(onSave)}
      noValidate
      className="grid gap-3 sm:grid-cols-2"
    >
      {withEmail &&
        field({
          name: "email",
          type: "email",
          autoComplete: "email",
          wide: true,
        })}
      {CONTACT.map(field)}
      <div className="grid gap-3 sm:col-span-2 sm:grid-cols-3">
        <DivisionSelect
          initialCode={defaults.division_code}
          error={errors.division_code?.message}
          onChange={(choice) => {
            const options = { shouldValidate: isSubmitted }
            setValue("province", choice.province, options)
            setValue("city", choice.city, options)
            setValue("district", choice.district, options)
            setValue("division_code", choice.division_code, options)
          }}
        />
      </div>
      {STREET.map(field)}
      {offerRemember && (
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" {...register("remember")} />
          {t("checkout.remember")}
        </label>
      )}
      <div className="flex gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={saving}
          className="rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
        >
          {saving
            ? t("states.saving")
            : (submitLabel ?? t("checkout.saveAddress"))}
        </button>
        {onCancel && (
          <button type="button" className="underline" onClick={onCancel}>
            {t("checkout.cancel")}
          </button>
        )}
      </div>
    </form>
  )
}
