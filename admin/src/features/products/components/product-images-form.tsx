import { useState } from "react"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FormFooter } from "@/components/form-footer"
import type { Product } from "../api/types"
import { useUpdateProduct } from "../api/update-product"
import { toImageBody } from "../utils/product-form"
import { type ImageItem, ImagesEditor } from "./images-editor"

const Url = z.string().trim().url()

// The product's gallery as it is, in rank order (an older product with a
// thumbnail and no images starts from the thumbnail).
function initialItems(product: Product): ImageItem[] {
  const images = [...(product.images ?? [])].sort(
    (a, b) => (a.rank ?? 0) - (b.rank ?? 0)
  )
  if (!images.length && product.thumbnail) return [{ url: product.thumbnail }]
  return images.map((image) => ({
    url: image.url,
    thumbnail_url: image.metadata?.thumbnail_url ?? undefined,
  }))
}

// The product's pictures; the first becomes the cover.
export function ProductImagesForm({ product }: { product: Product }) {
  const { t } = useTranslation("products")
  const update = useUpdateProduct(product.id)
  const [items, setItems] = useState<ImageItem[]>(() => initialItems(product))
  const [checked, setChecked] = useState(false)
  const errors = items.map((item) =>
    checked && !Url.safeParse(item.url).success ? t("errors.url") : undefined
  )

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    setChecked(true)
    if (items.some((item) => !Url.safeParse(item.url).success)) return
    await update.mutateAsync(toImageBody(items))
  }

  return (
    <form
      onSubmit={(event) => void save(event)}
      noValidate
      className="flex flex-col gap-4"
    >
      <ImagesEditor
        items={items}
        onChange={(next) => {
          setItems(next)
          update.reset()
        }}
        errors={errors}
      />
      <FormFooter
        error={update.error}
        saved={update.isSuccess ? t("edit.saved") : null}
        busy={update.isPending}
        label={t("edit.saveImages")}
        busyLabel={t("edit.saving")}
      />
    </form>
  )
}
