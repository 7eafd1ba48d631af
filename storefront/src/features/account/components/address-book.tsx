import type { HttpTypes } from "@medusajs/types"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState } from "@/components/states"
import { AddressForm } from "@/features/checkout/components/address-form"
import {
  addressLine,
  fromMedusaAddress,
} from "@/features/checkout/utils/address-schema"
import { errorMessage } from "@/lib/api-error"
import {
  useDeleteCustomerAddress,
  useSaveCustomerAddress,
} from "../api/use-addresses"

// The account's saved addresses: add, change, remove. Checkout offers them.
export function AddressBook({
  addresses,
}: {
  addresses: HttpTypes.StoreCustomerAddress[]
}) {
  const { t } = useTranslation()
  // "new", an address id, or null when no form is open.
  const [editing, setEditing] = useState<string | null>(null)
  const save = useSaveCustomerAddress()
  const remove = useDeleteCustomerAddress()
  const form = (id?: string, address?: HttpTypes.StoreCustomerAddress) => (
    <AddressForm
      withEmail={false}
      defaults={fromMedusaAddress(address)}
      saving={save.isPending}
      submitLabel={t("account.addresses.save")}
      onCancel={() => setEditing(null)}
      onSave={(input) =>
        save.mutate({ id, input }, { onSuccess: () => setEditing(null) })
      }
    />
  )
  return (
    <section aria-labelledby="addresses-title" className="space-y-3">
      <h2 id="addresses-title" className="text-lg font-semibold">
        {t("account.addresses.title")}
      </h2>
      {addresses.length === 0 && editing !== "new" && (
        <p className="text-sm text-stone-600">{t("account.addresses.none")}</p>
      )}
      <ul className="space-y-2">
        {addresses.map((address) => (
          <li
            key={address.id}
            data-testid="saved-address"
            className="rounded-lg bg-white p-3 text-sm ring-1 ring-stone-200"
          >
            {editing === address.id ? (
              form(address.id, address)
            ) : (
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p>
                  {address.first_name} · {address.phone}
                  <br />
                  {addressLine(address)}
                </p>
                <span className="flex gap-3">
                  <button
                    type="button"
                    className="underline"
                    onClick={() => setEditing(address.id)}
                  >
                    {t("checkout.edit")}
                  </button>
                  <button
                    type="button"
                    className="underline"
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(address.id)}
                  >
                    {t("account.addresses.remove")}
                  </button>
                </span>
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing === "new" ? (
        <div className="rounded-lg bg-white p-3 ring-1 ring-stone-200">
          {form()}
        </div>
      ) : (
        <button
          type="button"
          className="rounded border border-stone-300 px-3 py-1.5 text-sm"
          onClick={() => setEditing("new")}
        >
          {t("account.addresses.add")}
        </button>
      )}
      {(save.error || remove.error) && (
        <ErrorState message={errorMessage(save.error ?? remove.error, t)} />
      )}
    </section>
  )
}
