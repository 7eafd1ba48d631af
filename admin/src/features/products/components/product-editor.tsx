import { useTranslation } from "react-i18next"
import { Panel } from "@/components/page-header"
import { config } from "@/lib/config"
import type { Product } from "../api/types"
import { AddVariantForm } from "./add-variant-form"
import { ProductDetailsForm } from "./product-details-form"
import { ProductImagesForm } from "./product-images-form"
import { VariantPricesForm } from "./variant-prices-form"

// Everything a cooperative may change on one of its products, in panels
// that save separately.
export function ProductEditor({ product }: { product: Product }) {
  const { t } = useTranslation("products")
  return (
    <div className="flex flex-col gap-6">
      <Panel
        title={t("sections.basics")}
        actions={
          product.status === "published" ? (
            <a
              href={`${config.storefrontUrl}/products/${product.handle}`}
              target="_blank"
              rel="noreferrer"
              className="text-sm text-emerald-800 underline"
            >
              {t("edit.viewInShop")}
            </a>
          ) : null
        }
      >
        <ProductDetailsForm product={product} />
      </Panel>
      <Panel title={t("sections.images")}>
        <ProductImagesForm key={product.id} product={product} />
      </Panel>
      <Panel title={t("sections.variants")}>
        <VariantPricesForm product={product} />
      </Panel>
      <Panel title={t("sections.addVariant")}>
        <AddVariantForm key={product.variants.length} product={product} />
      </Panel>
    </div>
  )
}
