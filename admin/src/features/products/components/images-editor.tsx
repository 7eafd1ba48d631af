import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { FormError, TextField } from "@/components/field"
import { StatusBadge } from "@/components/status-badge"
import { errorMessage } from "@/lib/api-error-message"
import { useUploadPhoto } from "../api/upload-photo"
import { ProductThumbnail } from "./product-thumbnail"

// One picture of the gallery: an uploaded photo (with its card-size copy)
// or a link typed in.
export type ImageItem = { url: string; thumbnail_url?: string }

const move = <T,>(list: T[], from: number, to: number) => {
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item)
  return next
}

// The product's pictures in the order the shop shows them; the first is
// the cover (the catalogue card). Photos come from the phone's camera or
// its library (several at once); links can still be typed.
export function ImagesEditor({
  items,
  onChange,
  errors = [],
}: {
  items: ImageItem[]
  onChange: (items: ImageItem[]) => void
  errors?: (string | undefined)[]
}) {
  const { t } = useTranslation("products")
  const inputId = useId()
  const upload = useUploadPhoto()
  const [progress, setProgress] = useState<{ done: number; of: number }>()
  const set = (index: number, url: string) =>
    onChange(items.map((item, i) => (i === index ? { url } : item)))

  const addPhotos = async (files: File[]) => {
    let current = items
    setProgress({ done: 0, of: files.length })
    for (const [n, file] of files.entries()) {
      if (current.length >= 20) break
      try {
        const photo = await upload.mutateAsync(file)
        current = [
          ...current,
          { url: photo.url, thumbnail_url: photo.thumbnail_url },
        ]
        onChange(current)
      } catch {
        break
      }
      setProgress({ done: n + 1, of: files.length })
    }
    setProgress(undefined)
  }

  return (
    <div className="flex flex-col gap-3">
      {items.length === 0 && (
        <p className="text-sm text-stone-500">{t("images.none")}</p>
      )}
      <ol className="flex flex-col gap-3">
        {items.map((item, index) => (
          <li
            key={`${index}-${item.url}`}
            data-testid="product-image"
            className="flex flex-wrap items-end gap-3 rounded-md border border-stone-200 p-2"
          >
            <ProductThumbnail
              url={errors[index] ? null : (item.thumbnail_url ?? item.url)}
              size={64}
            />
            <div className="min-w-0 flex-1">
              {index === 0 && (
                <StatusBadge tone="green">{t("images.cover")}</StatusBadge>
              )}
              {item.thumbnail_url ? (
                <p className="mt-1 truncate text-xs text-stone-600">
                  {t("images.photo", { n: index + 1 })}
                </p>
              ) : (
                <TextField
                  label={t("images.url", { n: index + 1 })}
                  type="url"
                  inputMode="url"
                  placeholder="https://"
                  value={item.url}
                  error={errors[index]}
                  onChange={(event) => set(index, event.target.value)}
                />
              )}
            </div>
            <div className="flex flex-wrap gap-1">
              {index > 0 && (
                <Button
                  variant="ghost"
                  small
                  onClick={() => onChange(move(items, index, 0))}
                >
                  {t("images.makeCover", { n: index + 1 })}
                </Button>
              )}
              {index > 0 && (
                <Button
                  variant="ghost"
                  small
                  aria-label={t("images.up", { n: index + 1 })}
                  onClick={() => onChange(move(items, index, index - 1))}
                >
                  ↑
                </Button>
              )}
              {index < items.length - 1 && (
                <Button
                  variant="ghost"
                  small
                  aria-label={t("images.down", { n: index + 1 })}
                  onClick={() => onChange(move(items, index, index + 1))}
                >
                  ↓
                </Button>
              )}
              <Button
                variant="ghost"
                small
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                {t("images.remove", { n: index + 1 })}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-2">
        <label
          htmlFor={inputId}
          aria-disabled={Boolean(progress) || items.length >= 20}
          className="inline-flex cursor-pointer items-center rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 aria-disabled:pointer-events-none aria-disabled:opacity-50"
        >
          {progress
            ? t("images.uploading", { done: progress.done, of: progress.of })
            : t("images.upload")}
        </label>
        <input
          id={inputId}
          type="file"
          accept="image/*"
          multiple
          className="sr-only"
          disabled={Boolean(progress) || items.length >= 20}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])]
            event.target.value = ""
            if (files.length) void addPhotos(files)
          }}
        />
        <Button
          variant="secondary"
          small
          disabled={items.length >= 20}
          onClick={() => onChange([...items, { url: "" }])}
        >
          {t("images.add")}
        </Button>
      </div>
      <p className="text-xs text-stone-500">{t("images.hint")}</p>
      <FormError
        message={upload.error ? errorMessage(upload.error, t) : null}
      />
    </div>
  )
}
