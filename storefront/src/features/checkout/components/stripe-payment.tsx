import {
  Elements,
  PaymentElement,
  useElements,
  useStripe,
} from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState } from "@/components/states"

let stripe: Promise<Stripe | null> | undefined

type Props = {
  publishableKey: string
  clientSecret: string
  // Where Alipay and WeChat Pay send the shopper back after paying.
  returnUrl: string
  onConfirmed: () => void
  placing: boolean
}

// Stripe's Payment Element (card, Alipay, WeChat Pay), loaded only when a
// shopper chooses Stripe. Stripe.js itself comes from js.stripe.com, as
// Stripe requires.
export default function StripePayment(props: Props) {
  const { i18n } = useTranslation()
  stripe ??= loadStripe(props.publishableKey)
  return (
    <Elements
      stripe={stripe}
      options={{
        clientSecret: props.clientSecret,
        locale: i18n.language === "en" ? "en" : "zh",
      }}
    >
      <StripeForm {...props} />
    </Elements>
  )
}

function StripeForm({ returnUrl, onConfirmed, placing }: Props) {
  const { t } = useTranslation()
  const stripeClient = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string>()
  const [confirming, setConfirming] = useState(false)
  const pay = async () => {
    if (!stripeClient || !elements) return
    setConfirming(true)
    setError(undefined)
    const result = await stripeClient.confirmPayment({
      elements,
      confirmParams: { return_url: returnUrl },
      redirect: "if_required",
    })
    setConfirming(false)
    // Stripe's own message is written for shoppers (declined, expired …).
    if (result.error) setError(result.error.message ?? t("errors.server"))
    else onConfirmed()
  }
  return (
    <div className="space-y-3" data-testid="stripe-payment">
      <PaymentElement />
      {error && <ErrorState message={error} />}
      <button
        type="button"
        disabled={!stripeClient || confirming || placing}
        onClick={pay}
        className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white disabled:opacity-50"
      >
        {confirming || placing ? t("checkout.placing") : t("checkout.pay")}
      </button>
    </div>
  )
}
