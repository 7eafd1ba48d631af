import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import type { MetaFunction } from "react-router"
import { Link, useNavigate, useSearchParams } from "react-router"
import { ErrorState, Loading } from "@/components/states"
import { useCartId } from "@/features/cart/api/use-cart"
import { useForgetCart } from "@/features/cart/api/use-forget-cart"
import { useCompleteCart } from "@/features/checkout/api/use-checkout-mutations"
import { errorMessage } from "@/lib/api-error"
import { pageMeta } from "@/lib/meta"

export const meta: MetaFunction = () => pageMeta("支付结果 Payment")

// Where Stripe sends a shopper back after Alipay or WeChat Pay
// (?payment_intent=…&redirect_status=succeeded|failed): place the order.
// If the webhook already completed the cart, completion returns that order.
export default function CheckoutCompletePage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const status = params.get("redirect_status")
  const cartId = useCartId()
  const complete = useCompleteCart()
  const forgetCart = useForgetCart()
  const { mutate, isIdle } = complete
  // The cart id lives in this browser: known only after hydration.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  useEffect(() => {
    if (status !== "succeeded" || !cartId || !isIdle) return
    mutate(cartId, {
      onSuccess: (order) => {
        forgetCart()
        navigate(`/orders/${order.id}/confirmed`, { replace: true })
      },
    })
  }, [status, cartId, isIdle, mutate, forgetCart, navigate])
  const failed = status !== "succeeded" || (hydrated && !cartId)
  return (
    <div className="mx-auto max-w-md space-y-4 py-8">
      <h1 className="text-2xl font-bold">{t("checkout.title")}</h1>
      {failed || complete.error ? (
        <>
          <ErrorState
            message={
              complete.error
                ? errorMessage(complete.error, t)
                : t("checkout.paymentFailed")
            }
          />
          <Link to="/checkout" className="text-brand-700 underline">
            {t("checkout.backToCheckout")}
          </Link>
        </>
      ) : (
        <Loading label={t("checkout.completing")} />
      )}
    </div>
  )
}
