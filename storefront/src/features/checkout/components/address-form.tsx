import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
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
      {FIELDS.map((field) => {
        const error = errors[field.name]?.message
        const id = `address-${field.name}`
        return (
          <div
            key={field.name}
            className={
              field.name === "address" || field.name === "email"
                ? "sm:col-span-2"
                : ""
            }
          >
            <label htmlFor={id} className="block text-sm font-medium">
              {t(`checkout.fields.${field.name}`)}
            </label>
            <input
              id={id}
              type={field.type ?? "text"}
              autoComplete={field.autoComplete}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${id}-error` : undefined}
              {...register(field.name)}
              className="mt-1 w-full rounded border border-stone-300 px-2 py-1.5 aria-[invalid=true]:border-red-500"
            />
            {error && (
              <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
                {t(error)}
              </p>
            )}
          </div>
        )
      })}
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
