import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { ErrorState, Loading } from "@/components/states"
import { errorMessage } from "@/lib/api-error"
import { formatYuan } from "@/lib/money"
import { useCart, useCartId } from "../api/use-cart"
import { useChangeLineItem } from "../api/use-change-line-item"
import { EmptyCart } from "./empty-cart"

export function CartView() {
  const { t, i18n } = useTranslation()
  const id = useCartId()
  const { data: cart, isPending, error, refetch } = useCart()
  const change = useChangeLineItem(id ?? "")
  const lang = i18n.language
  // No cart yet, one that became an order, or one emptied line by line.
  if (!id || cart === null || (cart && !cart.items?.length)) {
    return <EmptyCart />
  }
  if (error) {
    return (
      <ErrorState message={errorMessage(error, t)} onRetry={() => refetch()} />
    )
  }
  if (isPending || !cart) return <Loading />
  const items = [...(cart.items ?? [])].sort((a, b) =>
    String(a.created_at).localeCompare(String(b.created_at))
  )
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_18rem]">
      <ul className="divide-y divide-stone-200 rounded-lg bg-white ring-1 ring-stone-200">
        {items.map((item) => (
          <li key={item.id} className="flex gap-3 p-3" data-testid="cart-line">
            <div className="h-16 w-16 shrink-0 overflow-hidden rounded bg-brand-50">
              {item.thumbnail && (
                <img
                  src={item.thumbnail}
                  alt=""
                  width={64}
                  height={64}
                  className="h-full w-full object-cover"
                />
              )}
            </div>
            <div className="min-w-0 flex-1">
              <Link
                to={`/products/${item.product_handle}`}
                className="font-medium hover:underline"
              >
                {item.product_title}
              </Link>
              <p className="text-sm text-stone-500">{item.variant_title}</p>
              <div className="mt-1 flex items-center gap-2 text-sm">
                <label htmlFor={`qty-${item.id}`} className="sr-only">
                  {t("product.quantity")}
                </label>
                <input
                  id={`qty-${item.id}`}
                  type="number"
                  min={0}
                  defaultValue={item.quantity}
                  disabled={change.isPending}
                  onBlur={(e) => {
                    const quantity = Math.floor(Number(e.target.value))
                    if (Number.isFinite(quantity) && quantity !== item.quantity)
                      change.mutate({ lineId: item.id, quantity })
                  }}
                  className="w-16 rounded border border-stone-300 px-2 py-1"
                />
                <button
                  type="button"
                  disabled={change.isPending}
                  onClick={() =>
                    change.mutate({ lineId: item.id, quantity: 0 })
                  }
                  className="text-stone-500 underline"
                >
                  {t("cart.remove")}
                </button>
              </div>
            </div>
            <p className="font-medium">
              {formatYuan(Number(item.total ?? 0), lang)}
            </p>
          </li>
        ))}
      </ul>
      <aside className="h-fit space-y-2 rounded-lg bg-white p-4 ring-1 ring-stone-200">
        <p className="flex justify-between">
          <span>{t("cart.subtotal")}</span>
          <span data-testid="cart-subtotal">
            {formatYuan(Number(cart.item_subtotal ?? 0), lang)}
          </span>
        </p>
        <p className="text-xs text-stone-500">{t("cart.shippingLater")}</p>
        {change.error && <ErrorState message={errorMessage(change.error, t)} />}
        <Link
          to="/checkout"
          className="block rounded bg-brand-600 px-4 py-2 text-center font-medium text-white hover:bg-brand-700"
        >
          {t("cart.checkout")}
        </Link>
      </aside>
    </div>
  )
}
