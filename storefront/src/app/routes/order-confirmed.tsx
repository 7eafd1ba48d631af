import { useTranslation } from "react-i18next"
import type { MetaFunction } from "react-router"
import { Link, useParams } from "react-router"
import { useCustomer } from "@/features/account/api/use-customer"
import { ClaimThisOrder } from "@/features/account/components/claim-orders"
import { OrderSummary } from "@/features/account/components/order-summary"
import { useOrder } from "@/features/account/api/use-orders"
import { ImpactReceipt } from "@/features/impact/components/impact-receipt"
import { pageMeta } from "@/lib/meta"

export const meta: MetaFunction = () => pageMeta("订单已提交 Order placed")

export default function OrderConfirmedPage() {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const { data: customer, isPending } = useCustomer()
  const { data: order } = useOrder(id)
  // A guest order read by a shopper signed in since: offer to add it.
  const guestOrder = !!customer && !!order && order.customer_id !== customer.id
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold" data-testid="order-confirmed">
        {t("order.thanks")}
      </h1>
      <OrderSummary orderId={id} />
      {/* The receipt is the account's: a guest order joins it first. */}
      {guestOrder ? (
        <ClaimThisOrder orderId={id} />
      ) : (
        !isPending && (
          <ImpactReceipt orderId={id} signedIn={Boolean(customer)} />
        )
      )}
      <Link to="/products" className="inline-block text-brand-700 underline">
        {t("order.continue")}
      </Link>
    </div>
  )
}
