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
import type { AddressInput } from "../utils/address-schema"
import { AddressForm } from "./address-form"
import { PaymentStep } from "./payment-step"

type Props = {
  cart: HttpTypes.StoreCart
  email?: string
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
export function CheckoutFlow({ cart, email, onPlaced }: Props) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const address = cart.shipping_address
  const [editing, setEditing] = useState(!address?.address_1)
  const saveAddress = useSaveAddress(cart.id)
  const hasAddress = Boolean(address?.address_1) && !editing
  const shipping = useShippingOptions(cart.id, hasAddress)
  const chooseShipping = useChooseShipping(cart.id)
  const chosenShipping = cart.shipping_methods?.[0]?.shipping_option_id
  const defaults: Partial<AddressInput> = {
    email: cart.email ?? email ?? "",
    name: address?.first_name ?? "",
    phone: address?.phone ?? "",
    province: address?.province ?? "",
    city: address?.city ?? "",
    address: address?.address_1 ?? "",
    postal_code: address?.postal_code ?? "",
  }
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
                {address?.province} {address?.city} {address?.address_1}{" "}
                {address?.postal_code}
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
          ) : (
            <AddressForm
              defaults={defaults}
              saving={saveAddress.isPending}
              onSave={(input) =>
                saveAddress.mutate(input, {
                  onSuccess: () => setEditing(false),
                })
              }
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
