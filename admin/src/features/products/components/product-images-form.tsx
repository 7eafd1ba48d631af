import { useState } from "react"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FormFooter } from "@/components/form-footer"
import type { Product } from "../api/types"
import { useUpdateProduct } from "../api/update-product"
import { ImagesEditor } from "./images-editor"

const Url = z.string().trim().url()

// The product's pictures as a list of URLs; the first becomes the thumbnail.
export function ProductImagesForm({ product }: { product: Product }) {
  const { t } = useTranslation("products")
  const update = useUpdateProduct(product.id)
  const initial = (product.images ?? []).map((image) => image.url)
  const [urls, setUrls] = useState<string[]>(
    initial.length || !product.thumbnail ? initial : [product.thumbnail]
  )
  const [checked, setChecked] = useState(false)
  const errors = urls.map((url) =>
    checked && !Url.safeParse(url).success ? t("errors.url") : undefined
  )

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    setChecked(true)
    if (urls.some((url) => !Url.safeParse(url).success)) return
    const images = urls.map((url) => ({ url: url.trim() }))
    await update.mutateAsync({ images, thumbnail: images[0]?.url ?? null })
  }

  return (
    <form
      onSubmit={(event) => void save(event)}
      noValidate
      className="flex flex-col gap-4"
    >
      <ImagesEditor
        urls={urls}
        onChange={(next) => {
          setUrls(next)
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
