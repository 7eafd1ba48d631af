import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { ProductImage } from "@/components/product-image"
import { formatYuan } from "@/lib/money"
import type { ProductHit } from "../types"

export function ProductCard({
  product,
  eager,
}: {
  product: ProductHit
  eager?: boolean
}) {
  const { t, i18n } = useTranslation()
  const en = i18n.language === "en"
  const title = (en && product.title_en) || product.title
  return (
    <Link
      to={`/products/${product.handle}`}
      className="group block rounded-lg bg-white p-2 shadow-sm ring-1 ring-stone-200 hover:ring-brand-600"
    >
      <ProductImage src={product.thumbnail} alt={title} eager={eager} />
      <h3 className="mt-2 line-clamp-2 min-h-10 text-sm font-medium group-hover:text-brand-700">
        {title}
      </h3>
      <p className="mt-1 truncate text-xs text-stone-500">
        {en ? product.county_name_en : product.county_name} ·{" "}
        {product.cooperative_name}
      </p>
      <div className="mt-1 flex items-baseline justify-between gap-2">
        <span className="font-semibold text-earth-700">
          {product.price_min === null
            ? t("product.noPrice")
            : product.price_max !== null &&
                product.price_max > product.price_min
              ? t("product.priceFrom", {
                  price: formatYuan(product.price_min, i18n.language),
                })
              : formatYuan(product.price_min, i18n.language)}
        </span>
        {product.households_count > 0 && (
          <span className="text-xs text-brand-700">
            {t("product.householdsShort", { count: product.households_count })}
          </span>
        )}
      </div>
      {!product.in_stock && (
        <p className="mt-1 text-xs text-stone-500">{t("product.soldOut")}</p>
      )}
    </Link>
  )
}
