import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { TextField } from "@/components/field"
import { ProductThumbnail } from "./product-thumbnail"

// Picture URLs, one row each, with a preview; the first is the thumbnail.
export function ImagesEditor({
  urls,
  onChange,
  errors = [],
}: {
  urls: string[]
  onChange: (urls: string[]) => void
  errors?: (string | undefined)[]
}) {
  const { t } = useTranslation("products")
  const set = (index: number, url: string) =>
    onChange(urls.map((u, i) => (i === index ? url : u)))
  return (
    <div className="flex flex-col gap-3">
      {urls.length === 0 && (
        <p className="text-sm text-stone-500">{t("images.none")}</p>
      )}
      {urls.map((url, index) => (
        <div key={index} className="flex items-end gap-3">
          <ProductThumbnail url={errors[index] ? null : url} size={40} />
          <div className="min-w-0 flex-1">
            <TextField
              label={t("images.url", { n: index + 1 })}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={url}
              error={errors[index]}
              hint={index === 0 ? t("images.thumbnailHint") : undefined}
              onChange={(event) => set(index, event.target.value)}
            />
          </div>
          <Button
            variant="ghost"
            small
            onClick={() => onChange(urls.filter((_, i) => i !== index))}
          >
            {t("images.remove", { n: index + 1 })}
          </Button>
        </div>
      ))}
      <div>
        <Button
          variant="secondary"
          small
          disabled={urls.length >= 20}
          onClick={() => onChange([...urls, ""])}
        >
          {t("images.add")}
        </Button>
      </div>
    </div>
  )
}
