import { lazy, Suspense } from "react"
import { useTranslation } from "react-i18next"
import type { LoaderFunctionArgs, MetaFunction } from "react-router"
import { Link, useLoaderData, useNavigate } from "react-router"
import { ErrorState } from "@/components/states"
import { useAddToCart } from "@/features/cart/api/use-add-to-cart"
import { getProductPage } from "@/features/product/api/get-product.server"
import { ProductGallery } from "@/features/product/components/product-gallery"
import { ProductPurchase } from "@/features/product/components/product-purchase"
import { errorMessage } from "@/lib/api-error"
import { pageMeta } from "@/lib/meta"
import { cachedPages, tagPage } from "@/lib/page-cache.server"
import { getRegion } from "@/lib/region.server"

// Below the fold and without interactivity: its code loads after the
// page's own. The server renders it whole, and hydration keeps that HTML
// until the chunk arrives (React's Suspense hydration), so nothing moves.
const ProvenancePanel = lazy(() =>
  import("@/features/provenance/components/provenance-panel").then(
    (module) => ({ default: module.ProvenancePanel })
  )
)

// Anonymous shoppers get the page as it was last rendered until its product
// changes (src/lib/page-cache.server.ts).
export const middleware = [cachedPages]

export async function loader({ params, context }: LoaderFunctionArgs) {
  const region = await getRegion()
  const page = await getProductPage(params.handle ?? "", region?.id)
  tagPage(context, page.product.id)
  return page
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageMeta(data?.product.title, data?.product.description ?? undefined)

export default function ProductPage() {
  const { t, i18n } = useTranslation()
  const { product, provenance, timeline } = useLoaderData<typeof loader>()
  const addToCart = useAddToCart()
  const navigate = useNavigate()
  const en = i18n.language === "en"
  const title = (en && product.metadata?.title_en) || product.title
  const description =
    (en && product.metadata?.description_en) || product.description
  const images = product.images?.length
    ? product.images
    : product.thumbnail
      ? [{ id: "thumbnail", url: product.thumbnail }]
      : []
  return (
    <div className="space-y-8">
      <div className="grid gap-6 md:grid-cols-2">
        <ProductGallery images={images} title={title} />
        <div className="space-y-4">
          <p className="text-sm text-stone-500">
            <Link
              to={`/cooperatives/${provenance.cooperative.handle}`}
              className="underline"
            >
              {provenance.cooperative.name}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">{title}</h1>
          {en && product.metadata?.title_en && (
            <p lang="zh-CN" className="text-sm text-stone-500">
              {product.title}
            </p>
          )}
          <ProductPurchase
            variants={product.variants}
            adding={addToCart.isPending}
            onAdd={(variantId, quantity, buyNow) =>
              addToCart.mutate(
                { variantId, quantity },
                { onSuccess: () => buyNow && navigate("/checkout") }
              )
            }
            message={
              addToCart.isError ? (
                <ErrorState message={errorMessage(addToCart.error, t)} />
              ) : addToCart.isSuccess ? (
                <p className="text-brand-700" data-testid="added">
                  {t("cart.added")}{" "}
                  <Link to="/cart" className="underline">
                    {t("cart.view")}
                  </Link>
                </p>
              ) : null
            }
          />
          {description && (
            <p className="leading-relaxed text-stone-700">{description}</p>
          )}
        </div>
      </div>
      <Suspense fallback={<div className="min-h-96" />}>
        <ProvenancePanel provenance={provenance} timeline={timeline} />
      </Suspense>
    </div>
  )
}
