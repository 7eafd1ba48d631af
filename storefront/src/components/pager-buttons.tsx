import { useTranslation } from "react-i18next"

// Previous/next for lists paged in place (no URL of their own).
export function PagerButtons({
  offset,
  limit,
  count,
  onChange,
}: {
  offset: number
  limit: number
  count: number
  onChange: (offset: number) => void
}) {
  const { t } = useTranslation()
  if (count <= limit) return null
  return (
    <div className="mt-3 flex justify-center gap-4 text-sm">
      {offset > 0 && (
        <button
          type="button"
          className="underline"
          onClick={() => onChange(Math.max(0, offset - limit))}
        >
          {t("pagination.previous")}
        </button>
      )}
      {offset + limit < count && (
        <button
          type="button"
          className="underline"
          onClick={() => onChange(offset + limit)}
        >
          {t("pagination.next")}
        </button>
      )}
    </div>
  )
}
