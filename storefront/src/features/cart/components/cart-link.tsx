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
    >
      {/* Read as "Cart, 2 items": the visible words first (WCAG 2.5.3). */}
      {t("cart.title")}
      <span
        data-testid="cart-count"
        aria-hidden="true"
        className="ml-1 inline-block min-w-5 rounded-full bg-brand-600 px-1 text-center text-xs text-white"
      >
        {count}
      </span>
      <span className="sr-only">, {t("cart.linkLabel", { count })}</span>
    </Link>
  )
}
