import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { TextField } from "@/components/text-field"
import { addressSchema, type AddressInput } from "../utils/address-schema"

const FIELDS: {
  name: keyof AddressInput
  type?: string
  autoComplete: string
}[] = [
  { name: "email", type: "email", autoComplete: "email" },
  { name: "name", autoComplete: "name" },
  { name: "phone", type: "tel", autoComplete: "tel" },
  { name: "province", autoComplete: "address-level1" },
  { name: "city", autoComplete: "address-level2" },
  { name: "address", autoComplete: "street-address" },
  { name: "postal_code", autoComplete: "postal-code" },
]

export function AddressForm({
  defaults,
  saving,
  onSave,
}: {
  defaults: Partial<AddressInput>
  saving: boolean
  onSave: (input: AddressInput) => void
}) {
  const { t } = useTranslation()
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<AddressInput>({
    resolver: zodResolver(addressSchema),
    defaultValues: defaults,
  })
  return (
    <form
      onSubmit={handleSubmit(onSave)}
      noValidate
      className="grid gap-3 sm:grid-cols-2"
    >
      {FIELDS.map((field) => (
        <TextField
          key={field.name}
          id={`address-${field.name}`}
          label={t(`checkout.fields.${field.name}`)}
          error={errors[field.name]?.message}
          registration={register(field.name)}
          type={field.type}
          autoComplete={field.autoComplete}
          className={
            field.name === "address" || field.name === "email"
              ? "sm:col-span-2"
              : undefined
          }
        />
      ))}
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={saving}
          className="rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
        >
          {saving ? t("states.saving") : t("checkout.saveAddress")}
        </button>
      </div>
    </form>
  )
}
