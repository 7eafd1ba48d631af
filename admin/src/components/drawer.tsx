import { useEffect, useId, useRef } from "react"
import { useTranslation } from "react-i18next"

// A record opened beside its list: a panel from the right, the list still
// in sight behind it. Escape, the backdrop or the close button closes it;
// focus moves in when it opens on another record.
export function Drawer({
  title,
  subtitle,
  onClose,
  children,
  recordKey,
}: {
  title: React.ReactNode
  subtitle?: React.ReactNode
  onClose: () => void
  children: React.ReactNode
  // Focus moves to the panel again when this changes (another record).
  recordKey?: string
}) {
  const { t } = useTranslation()
  const titleId = useId()
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    panel.current?.focus()
  }, [recordKey])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A dialog opened from the drawer closes first.
      if (event.key !== "Escape" || document.querySelector("[aria-modal]"))
        return
      onClose()
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [onClose])

  return (
    <div className="fixed inset-0 z-40 flex justify-end">
      <div
        aria-hidden="true"
        className="absolute inset-0 bg-stone-900/20"
        onClick={onClose}
      />
      <div
        ref={panel}
        tabIndex={-1}
        role="dialog"
        aria-labelledby={titleId}
        className="relative flex h-full w-full max-w-2xl flex-col overflow-y-auto bg-stone-50 shadow-2xl focus:outline-none"
      >
        <div className="sticky top-0 z-10 flex items-start justify-between gap-3 border-b border-stone-200 bg-white px-5 py-4">
          <div className="min-w-0">
            <h2 id={titleId} className="text-lg font-semibold text-stone-900">
              {title}
            </h2>
            {subtitle && (
              <div className="mt-1 text-sm text-stone-600">{subtitle}</div>
            )}
          </div>
          <button
            type="button"
            onClick={onClose}
            className="rounded px-2 py-1 text-sm text-stone-600 hover:bg-stone-100"
          >
            {t("actions.close")}
          </button>
        </div>
        <div className="flex flex-col gap-4 p-5">{children}</div>
      </div>
    </div>
  )
}
