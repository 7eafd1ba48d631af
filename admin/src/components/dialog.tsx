import { useEffect, useId, useRef } from "react"
import { useTranslation } from "react-i18next"
import { Button, type ButtonVariant } from "./button"

// A small modal for confirming one action: a title, its fields and its
// buttons. Escape or the backdrop closes it (unless busy); focus moves in.
export function Dialog({
  title,
  description,
  onClose,
  busy = false,
  children,
}: {
  title: string
  description?: string
  onClose: () => void
  busy?: boolean
  children: React.ReactNode
}) {
  const titleId = useId()
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const first = panel.current?.querySelector<HTMLElement>(
      "input, textarea, select, button"
    )
    first?.focus()
  }, [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !busy) onClose()
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [busy, onClose])

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center p-4">
      <div
        aria-hidden="true"
        className="absolute inset-0 bg-stone-900/40"
        onClick={() => !busy && onClose()}
      />
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="relative w-full max-w-md rounded-lg bg-white p-5 shadow-xl"
      >
        <h2 id={titleId} className="text-lg font-semibold text-stone-900">
          {title}
        </h2>
        {description && (
          <p className="mt-1 text-sm text-stone-600">{description}</p>
        )}
        <div className="mt-4">{children}</div>
      </div>
    </div>
  )
}

// The dialog's footer: cancel, then the confirming button. Without
// `onConfirm` the confirming button submits the dialog's form.
export function DialogActions({
  confirmLabel,
  onCancel,
  onConfirm,
  busy = false,
  variant = "primary",
}: {
  confirmLabel: string
  onCancel: () => void
  onConfirm?: () => void
  busy?: boolean
  variant?: ButtonVariant
}) {
  const { t } = useTranslation()
  return (
    <div className="flex justify-end gap-2">
      <Button variant="secondary" onClick={onCancel} disabled={busy}>
        {t("actions.cancel")}
      </Button>
      <Button
        type={onConfirm ? "button" : "submit"}
        variant={variant}
        onClick={onConfirm}
        disabled={busy}
      >
        {confirmLabel}
      </Button>
    </div>
  )
}
