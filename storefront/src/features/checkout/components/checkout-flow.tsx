import type { HttpTypes } from "@medusajs/types"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, Loading } from "@/components/states"
import { errorMessage } from "@/lib/api-error"
import { formatYuan } from "@/lib/money"
import {
  useChooseShipping,
  useSaveAddress,
} from "../api/use-checkout-mutations"
import { useShippingOptions } from "../api/use-checkout-options"
import { useSaveCustomerAddress } from "@/features/account/api/use-addresses"
import {
  addressLine,
  fromMedusaAddress,
  type AddressInput,
} from "../utils/address-schema"
import { AddressForm } from "./address-form"
import { PaymentStep } from "./payment-step"

type Props = {
  cart: HttpTypes.StoreCart
  email?: string
  // A signed-in shopper's address book, offered before a new address.
  addresses?: HttpTypes.StoreCustomerAddress[]
  onPlaced: (order: HttpTypes.StoreOrder) => void
}

const Section = ({
  n,
  title,
  children,
}: {
  n: number
  title: string
  children: React.ReactNode
}) => (
  <section
    aria-labelledby={`step-${n}`}
    className="rounded-lg bg-white p-4 ring-1 ring-stone-200"
  >
    <h2 id={`step-${n}`} className="mb-3 font-semibold">
      {n}. {title}
    </h2>
    {children}
  </section>
)

// Address → shipping → payment → place order, on one page.
export function CheckoutFlow({ cart, email, addresses, onPlaced }: Props) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const address = cart.shipping_address
  const [editing, setEditing] = useState(!address?.address_1)
  const saveAddress = useSaveAddress(cart.id)
  const hasAddress = Boolean(address?.address_1) && !editing
  const shipping = useShippingOptions(cart.id, hasAddress)
  const chooseShipping = useChooseShipping(cart.id)
  const chosenShipping = cart.shipping_methods?.[0]?.shipping_option_id
  const remember = useSaveCustomerAddress()
  const [newAddress, setNewAddress] = useState(false)
  const saved = addresses ?? []
  const defaults: Partial<AddressInput> = {
    ...fromMedusaAddress(address),
    email: cart.email ?? email ?? "",
  }
  const save = (input: AddressInput) =>
    saveAddress.mutate(input, {
      onSuccess: () => {
        setEditing(false)
        setNewAddress(false)
        const known = saved.some(
          (a) =>
            a.metadata?.division_code === input.division_code &&
            a.address_1 === input.address &&
            a.phone === input.phone
        )
        if (input.remember && email && !known) remember.mutate({ input })
      },
    })
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_18rem]">
      <div className="space-y-4">
        <Section n={1} title={t("checkout.address")}>
          {hasAddress ? (
            <div
              className="flex items-start justify-between gap-3 text-sm"
              data-testid="address-summary"
            >
              <p>
                {address?.first_name} · {address?.phone}
                <br />
                {addressLine(address)}
                <br />
                {cart.email}
              </p>
              <button
                type="button"
                className="underline"
                onClick={() => setEditing(true)}
              >
                {t("checkout.edit")}
              </button>
            </div>
          ) : saved.length > 0 && !newAddress ? (
            <div className="space-y-2" data-testid="saved-addresses">
              <p className="text-sm text-stone-600">
                {t("checkout.savedAddresses")}
              </p>
              {saved.map((a) => (
                <div
                  key={a.id}
                  className="flex flex-wrap items-center justify-between gap-2 rounded border border-stone-200 p-2 text-sm"
                >
                  <p>
                    {a.first_name} · {a.phone}
                    <br />
                    {addressLine(a)}
                  </p>
                  <button
                    type="button"
                    disabled={saveAddress.isPending}
                    className="rounded bg-brand-600 px-3 py-1.5 text-white disabled:opacity-50"
                    onClick={() =>
                      save({
                        ...fromMedusaAddress(a),
                        email: cart.email ?? email ?? "",
                      })
                    }
                  >
                    {t("checkout.shipHere")}
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="text-sm underline"
                onClick={() => setNewAddress(true)}
              >
                {t("checkout.newAddress")}
              </button>
            </div>
          ) : (
            <AddressForm
              defaults={defaults}
              saving={saveAddress.isPending}
              offerRemember={Boolean(email)}
              onSave={save}
            />
          )}
          {saveAddress.error && (
            <ErrorState message={errorMessage(saveAddress.error, t)} />
          )}
        </Section>
        <Section n={2} title={t("checkout.shipping")}>
          {!hasAddress ? (
            <p className="text-sm text-stone-500">
              {t("checkout.addressFirst")}
            </p>
          ) : shipping.isPending ? (
            <Loading />
          ) : shipping.error ? (
            <ErrorState
              message={errorMessage(shipping.error, t)}
              onRetry={() => shipping.refetch()}
            />
          ) : !shipping.data?.length ? (
            <p className="text-sm">{t("checkout.noShipping")}</p>
          ) : (
            <fieldset className="space-y-2" disabled={chooseShipping.isPending}>
              <legend className="sr-only">{t("checkout.shipping")}</legend>
              {shipping.data.map((option) => (
                <label
                  key={option.id}
                  className="flex items-center gap-2 text-sm"
                >
                  <input
                    type="radio"
                    name="shipping"
                    checked={
                      (chooseShipping.isPending
                        ? chooseShipping.variables
                        : chosenShipping) === option.id
                    }
                    onChange={() => chooseShipping.mutate(option.id)}
                  />
                  <span className="flex-1">
                    {shippingOptionName(option, t)}
                  </span>
                  <span>{formatYuan(Number(option.amount ?? 0), lang)}</span>
                </label>
              ))}
            </fieldset>
          )}
          {chooseShipping.error && (
            <ErrorState message={errorMessage(chooseShipping.error, t)} />
          )}
        </Section>
        <Section n={3} title={t("checkout.payment")}>
          {/* On a phone the summary is below; the total is read here, just
              above the button that commits to it. */}
          <p
            className="mb-3 flex justify-between font-semibold md:hidden"
            data-testid="checkout-total-above-submit"
          >
            <span>{t("checkout.total")}</span>
            <span>{formatYuan(Number(cart.total ?? 0), lang)}</span>
          </p>
          <PaymentStep
            cart={cart}
            ready={hasAddress && Boolean(chosenShipping)}
            onPlaced={onPlaced}
          />
        </Section>
      </div>
      <aside className="h-fit space-y-2 rounded-lg bg-white p-4 text-sm ring-1 ring-stone-200">
        <h2 className="font-semibold">{t("checkout.summary")}</h2>
        <p className="flex justify-between">
          <span>{t("cart.subtotal")}</span>
          <span>{formatYuan(Number(cart.item_subtotal ?? 0), lang)}</span>
        </p>
        <p className="flex justify-between">
          <span>{t("checkout.shippingCost")}</span>
          <span>{formatYuan(Number(cart.shipping_total ?? 0), lang)}</span>
        </p>
        <p className="flex justify-between text-base font-semibold">
          <span>{t("checkout.total")}</span>
          <span data-testid="checkout-total">
            {formatYuan(Number(cart.total ?? 0), lang)}
          </span>
        </p>
      </aside>
    </div>
  )
}

// The seeded options' names are English; shoppers read them by type code
// in their own language (an option the shop does not know keeps its name).
function shippingOptionName(
  option: { name: string; type?: { code?: string | null } | null },
  t: (key: string) => string
) {
  const code =
    option.type?.code ??
    (/express/i.test(option.name)
      ? "express"
      : /standard/i.test(option.name)
        ? "standard"
        : null)
  return code === "standard" || code === "express"
    ? t(`checkout.shippingOptions.${code}`)
    : option.name
}
