import { useTranslation } from "react-i18next"
import type { MetaFunction } from "react-router"
import { CartView } from "@/features/cart/components/cart-view"
import { pageMeta } from "@/lib/meta"

export const meta: MetaFunction = () => pageMeta("购物车 Cart")

export default function CartPage() {
  const { t } = useTranslation()
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("cart.title")}</h1>
      <CartView />
    </div>
  )
}
