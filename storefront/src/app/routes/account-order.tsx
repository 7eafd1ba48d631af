import { useTranslation } from "react-i18next"
import type { MetaFunction } from "react-router"
import { Link, useParams } from "react-router"
import { Loading } from "@/components/states"
import { useCustomer } from "@/features/account/api/use-customer"
import { AuthForms } from "@/features/account/components/auth-forms"
import { OrderSummary } from "@/features/account/components/order-summary"
import { ImpactReceipt } from "@/features/impact/components/impact-receipt"
import { pageMeta } from "@/lib/meta"

export const meta: MetaFunction = () => pageMeta("订单 Order")

export default function AccountOrderPage() {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const { data: customer, isPending } = useCustomer()
  if (isPending) return <Loading />
  if (!customer) return <AuthForms />
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link to="/account" className="text-sm underline">
        {t("account.backToOrders")}
      </Link>
      <OrderSummary orderId={id} />
      <ImpactReceipt orderId={id} signedIn />
    </div>
  )
}
