import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ProductImage } from "@/components/product-image"

export function ProductGallery({
  images,
  title,
}: {
  images: { id: string; url: string }[]
  title: string
}) {
  const { t } = useTranslation()
  const [index, setIndex] = useState(0)
  const current = images[index]
  return (
    <div>
      <ProductImage
        src={current?.url}
        alt={title}
        eager
        sizes="(min-width: 768px) 50vw, 100vw"
      />
      {images.length > 1 && (
        <ul className="mt-2 flex gap-2" aria-label={t("product.gallery")}>
          {images.map((image, i) => (
            <li key={image.id} className="w-16">
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-label={t("product.showImage", { n: i + 1 })}
                aria-current={i === index}
                className="block w-full rounded ring-brand-600 aria-[current=true]:ring-2"
              >
                <ProductImage src={image.url} alt="" sizes="64px" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
