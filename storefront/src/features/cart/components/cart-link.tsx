import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useCart } from "../api/use-cart"

export function CartLink() {
  const { t } = useTranslation()
  const { data: cart } = useCart()
  const count = (cart?.items ?? []).reduce((n, item) => n + item.quantity, 0)
  return (
    <Link
      to="/cart"
      className="relative shrink-0 rounded px-2 py-1 text-sm hover:bg-brand-50"
      aria-label={t("cart.linkLabel", { count })}
    >
      {t("cart.title")}
      <span
        data-testid="cart-count"
        className="ml-1 inline-block min-w-5 rounded-full bg-brand-600 px-1 text-center text-xs text-white"
      >
        {count}
      </span>
    </Link>
  )
}
