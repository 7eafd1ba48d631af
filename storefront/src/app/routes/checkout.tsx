import { useTranslation } from "react-i18next"
import type { MetaFunction } from "react-router"
import { lazy, Suspense } from "react"
import { Link, useNavigate } from "react-router"
import { ErrorState, Loading } from "@/components/states"
import { useCustomer } from "@/features/account/api/use-customer"
import { useCart, useCartId } from "@/features/cart/api/use-cart"
import { useClaimCart } from "@/features/cart/api/use-claim-cart"
import { useForgetCart } from "@/features/cart/api/use-forget-cart"
import { EmptyCart } from "@/features/cart/components/empty-cart"
import { errorMessage } from "@/lib/api-error"
import { pageMeta } from "@/lib/meta"

export const meta: MetaFunction = () => pageMeta("结算 Checkout")

// The checkout's forms (react-hook-form, the zod address schema) are not in
// the page's first JavaScript, which stays within the shop's 120 KB budget:
// their chunk is fetched as soon as this module runs in the browser, while
// the cart (kept in the browser) is still loading, so nothing waits on it.
const loadCheckoutFlow = () =>
  import("@/features/checkout/components/checkout-flow").then((module) => ({
    default: module.CheckoutFlow,
  }))
if (typeof window !== "undefined") void loadCheckoutFlow()
const CheckoutFlow = lazy(loadCheckoutFlow)

export default function CheckoutPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const id = useCartId()
  const { data: cart, isPending, error, refetch } = useCart()
  const { data: customer } = useCustomer()
  const forgetCart = useForgetCart()
  useClaimCart(cart, customer?.id)
  let body
  if (!id || cart === null || (cart && !cart.items?.length)) {
    body = <EmptyCart />
  } else if (error) {
    body = (
      <ErrorState message={errorMessage(error, t)} onRetry={() => refetch()} />
    )
  } else if (isPending || !cart) {
    body = <Loading />
  } else {
    body = (
      <>
        {!customer && (
          <p className="text-sm text-stone-600">
            <Link
              to="/account?next=/checkout"
              className="text-brand-700 underline"
            >
              {t("checkout.signInHint")}
            </Link>
          </p>
        )}
        <Suspense fallback={<Loading />}>
          <CheckoutFlow
            cart={cart}
            email={customer?.email}
            addresses={customer?.addresses}
            onPlaced={(order) => {
              forgetCart()
              navigate(`/orders/${order.id}/confirmed`)
            }}
          />
        </Suspense>
      </>
    )
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("checkout.title")}</h1>
      {body}
    </div>
  )
}
