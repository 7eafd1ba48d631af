import { useTranslation } from "react-i18next"
import { ApiError } from "../lib/api-client"
import { errorMessage } from "../lib/api-error-message"

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <div role="status" className="py-10 text-center text-sm text-stone-500">
      <span className="mr-2 inline-block h-3 w-3 animate-pulse rounded-full bg-emerald-600" />
      {label ?? t("states.loading")}
    </div>
  )
}

export function EmptyState({
  title,
  hint,
  action,
}: {
  title: string
  hint?: string
  action?: React.ReactNode
}) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-10 text-center">
      <p className="font-medium text-stone-700">{title}</p>
      {hint && <p className="mt-1 text-sm text-stone-500">{hint}</p>}
      {action && <div className="mt-4">{action}</div>}
    </div>
  )
}

export function ErrorState({
  error,
  onRetry,
}: {
  error: unknown
  onRetry?: () => void
}) {
  const { t } = useTranslation()
  // Asking again will not change a 4xx (not found, not allowed, bad input).
  const retryable = !(error instanceof ApiError && error.status < 500)
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
    >
      <p>{errorMessage(error, t)}</p>
      {onRetry && retryable && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-2 font-medium underline"
        >
          {t("actions.retry")}
        </button>
      )}
    </div>
  )
}

// Loading, error or the content: the three states every query page has.
export function QueryState<T>({
  query,
  children,
}: {
  query: {
    data: T | undefined
    error: unknown
    isPending: boolean
    refetch: () => unknown
  }
  children: (data: T) => React.ReactNode
}) {
  if (query.isPending) return <LoadingState />
  if (query.error || query.data === undefined) {
    return <ErrorState error={query.error} onRetry={() => query.refetch()} />
  }
  return <>{children(query.data)}</>
}
