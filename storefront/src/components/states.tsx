import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <p role="status" className="py-8 text-center text-sm text-stone-500">
      {label ?? t("states.loading")}
    </p>
  )
}

export function EmptyState({
  title,
  children,
}: {
  title: string
  children?: ReactNode
}) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 p-8 text-center">
      <p className="font-medium">{title}</p>
      {children && (
        <div className="mt-2 text-sm text-stone-600">{children}</div>
      )}
    </div>
  )
}

export function ErrorState({
  message,
  onRetry,
}: {
  message: string
  onRetry?: () => void
}) {
  const { t } = useTranslation()
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800"
    >
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry} className="mt-2 underline">
          {t("states.retry")}
        </button>
      )}
    </div>
  )
}
