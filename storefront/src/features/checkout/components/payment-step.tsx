import type { HttpTypes } from "@medusajs/types"
import { lazy, Suspense, useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, Loading } from "@/components/states"
import { errorMessage } from "@/lib/api-error"
import { useShop } from "@/lib/shop-context"
import {
  useCompleteCart,
  usePlaceOrder,
  useStartStripePayment,
} from "../api/use-checkout-mutations"
import { usePaymentProviders } from "../api/use-checkout-options"
import { STRIPE_PROVIDER_ID } from "../utils/providers"

// Stripe's code (ours and Stripe.js) loads only when a shopper picks it.
const StripePayment = lazy(() => import("./stripe-payment"))

type Props = {
  cart: HttpTypes.StoreCart
  // Address and shipping are set: the order can be placed.
  ready: boolean
  onPlaced: (order: HttpTypes.StoreOrder) => void
}

// The providers the backend offers in the cart's region. The manual one
// places the order at once; Stripe first shows its Payment Element.
export function PaymentStep({ cart, ready, onPlaced }: Props) {
  const { t } = useTranslation()
  const { env } = useShop()
  const providers = usePaymentProviders(cart.region_id ?? "")
  const [chosen, setChosen] = useState<string>()
  const placeOrder = usePlaceOrder(cart)
  const startStripe = useStartStripePayment(cart)
  const completeCart = useCompleteCart()
  // Stripe needs its publishable key in the shop to show its form.
  const offered = (providers.data ?? []).filter(
    (p) => p.id !== STRIPE_PROVIDER_ID || env.stripePublishableKey
  )
  const provider = chosen ?? offered[0]?.id
  const stripe = provider === STRIPE_PROVIDER_ID
  const error = placeOrder.error ?? startStripe.error ?? completeCart.error
  if (providers.isPending) return <Loading />
  if (providers.error) {
    return (
      <ErrorState
        message={errorMessage(providers.error, t)}
        onRetry={() => providers.refetch()}
      />
    )
  }
  return (
    <div className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="sr-only">{t("checkout.payment")}</legend>
        {offered.map((p) => (
          <label key={p.id} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="payment"
              checked={provider === p.id}
              onChange={() => {
                setChosen(p.id)
                startStripe.reset()
              }}
            />
            {t(`payment.${p.id}`, { defaultValue: p.id })}
          </label>
        ))}
      </fieldset>
      {error && <ErrorState message={errorMessage(error, t)} />}
      {stripe && startStripe.data && env.stripePublishableKey ? (
        <Suspense fallback={<Loading />}>
          <StripePayment
            publishableKey={env.stripePublishableKey}
            clientSecret={startStripe.data}
            returnUrl={`${window.location.origin}/checkout/complete`}
            placing={completeCart.isPending}
            onConfirmed={() =>
              completeCart.mutate(cart.id, { onSuccess: onPlaced })
            }
          />
        </Suspense>
      ) : (
        <button
          type="button"
          disabled={
            !ready || !provider || placeOrder.isPending || startStripe.isPending
          }
          onClick={() =>
            stripe
              ? startStripe.mutate()
              : provider && placeOrder.mutate(provider, { onSuccess: onPlaced })
          }
          className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white disabled:opacity-50"
        >
          {placeOrder.isPending || startStripe.isPending
            ? t("checkout.placing")
            : stripe
              ? t("checkout.continueToPay")
              : t("checkout.place")}
        </button>
      )}
    </div>
  )
}
