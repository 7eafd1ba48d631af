import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatYuan } from "@/lib/money"
import type { StoreVariant } from "../types"

type Props = {
  variants: StoreVariant[]
  onAdd: (variantId: string, quantity: number) => void
  adding: boolean
  message?: React.ReactNode
}

const stockOf = (v: StoreVariant) =>
  v.manage_inventory === false
    ? Infinity
    : Math.max(0, v.inventory_quantity ?? 0)

// Variant, price, traced stock and quantity; what "add" does is the page's.
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
        onAdd(variant.id, quantity)
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
                className="cursor-pointer rounded border border-stone-300 px-3 py-1 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
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
      <div className="flex items-end gap-3">
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
          disabled={adding || stock <= 0 || price == null}
          className="flex-1 rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-50"
        >
          {adding ? t("cart.adding") : t("cart.add")}
        </button>
      </div>
      <div aria-live="polite" className="min-h-6 text-sm">
        {message}
      </div>
    </form>
  )
}
