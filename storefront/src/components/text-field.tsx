import type { UseFormRegisterReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"

// A labelled input of a react-hook-form form; `error` is the i18n key the
// zod schema gave, announced through aria-describedby.
export function TextField({
  id,
  label,
  error,
  registration,
  type = "text",
  autoComplete,
  className,
}: {
  id: string
  label: string
  error?: string
  registration: UseFormRegisterReturn
  type?: string
  autoComplete: string
  className?: string
}) {
  const { t } = useTranslation()
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        {...registration}
        className="mt-1 w-full rounded border border-stone-300 px-2 py-1.5 aria-[invalid=true]:border-red-500"
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
          {t(error)}
        </p>
      )}
    </div>
  )
}
