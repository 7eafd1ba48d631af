import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatYuan } from "@/lib/money"
import type { StoreVariant } from "../types"

type Props = {
  variants: StoreVariant[]
  // `buyNow`: straight on to checkout once it is in the cart.
  onAdd: (variantId: string, quantity: number, buyNow: boolean) => void
  adding: boolean
  message?: React.ReactNode
}

const stockOf = (v: StoreVariant) =>
  v.manage_inventory === false
    ? Infinity
    : Math.max(0, v.inventory_quantity ?? 0)

// Variant, price, traced stock and quantity; what "add" does is the page's.
// A sold-out variant says so on its chip before it is chosen. On a phone
// the quantity and the two buttons stay on screen in a bar at the bottom.
export function ProductPurchase({ variants, onAdd, adding, message }: Props) {
  const { t, i18n } = useTranslation()
  const firstInStock = variants.find((v) => stockOf(v) > 0) ?? variants[0]
  const [variantId, setVariantId] = useState(firstInStock?.id)
  const [quantity, setQuantity] = useState(1)
  const variant = variants.find((v) => v.id === variantId) ?? firstInStock
  if (!variant) return null
  const stock = stockOf(variant)
  const price = variant.calculated_price?.calculated_amount
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault()
        const submitter = (event.nativeEvent as SubmitEvent).submitter
        onAdd(variant.id, quantity, submitter?.getAttribute("value") === "buy")
      }}
    >
      <p className="text-2xl font-semibold text-earth-700" data-testid="price">
        {price == null
          ? t("product.noPrice")
          : formatYuan(price, i18n.language)}
      </p>
      {variants.length > 1 && (
        <fieldset>
          <legend className="text-sm font-medium">
            {t("product.variant")}
          </legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {variants.map((v) => (
              <label
                key={v.id}
                data-sold-out={stockOf(v) <= 0 || undefined}
                className="variant-chip"
              >
                <input
                  type="radio"
                  name="variant"
                  value={v.id}
                  checked={v.id === variant.id}
                  onChange={() => {
                    setVariantId(v.id)
                    setQuantity(1)
                  }}
                  className="sr-only"
                />
                {v.title}
                {stockOf(v) <= 0 && (
                  <span className="ml-1 text-xs">· {t("product.soldOut")}</span>
                )}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <p className="text-sm text-stone-600" data-testid="stock">
        {stock === Infinity
          ? t("product.inStock")
          : stock > 0
            ? t("product.stockLeft", { count: stock })
            : t("product.soldOut")}
      </p>
      <div data-testid="buy-bar" className="buy-bar">
        <div>
          <label htmlFor="quantity" className="block text-sm font-medium">
            {t("product.quantity")}
          </label>
          <input
            id="quantity"
            type="number"
            min={1}
            max={stock === Infinity ? 99 : Math.max(1, stock)}
            value={quantity}
            onChange={(e) =>
              setQuantity(Math.max(1, Math.floor(Number(e.target.value) || 1)))
            }
            className="mt-1 w-20 rounded border border-stone-300 px-2 py-1.5"
          />
        </div>
        <button
          type="submit"
          value="add"
          disabled={adding || stock <= 0 || price == null}
          className="flex-1 rounded border border-brand-600 px-3 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-50"
        >
          {adding ? t("cart.adding") : t("cart.add")}
        </button>
        <button
          type="submit"
          value="buy"
          disabled={adding || stock <= 0 || price == null}
          className="flex-1 rounded bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-50"
        >
          {t("cart.buyNow")}
        </button>
      </div>
      {/* Room for the phone's bar, so nothing ends up behind it. */}
      <div aria-hidden="true" className="h-14 md:hidden" />
      <div aria-live="polite" className="min-h-6 text-sm">
        {message}
      </div>
    </form>
  )
}
