import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { EmptyState } from "@/components/states"

export function EmptyCart() {
  const { t } = useTranslation()
  return (
    <EmptyState title={t("cart.empty")}>
      <Link to="/products" className="text-brand-700 underline">
        {t("cart.browse")}
      </Link>
    </EmptyState>
  )
}
