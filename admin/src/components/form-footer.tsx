import { useTranslation } from "react-i18next"
import { errorMessage } from "../lib/api-error-message"
import { Button, type ButtonVariant } from "./button"
import { FormError } from "./field"

// The end of a form: the API's refusal in words, a "saved" note once the
// change is stored, and the submit button, which says it is working (and
// cannot be pressed twice) while the form submits.
export function FormFooter({
  error,
  busy,
  label,
  busyLabel,
  saved,
  disabled = false,
  variant,
  className = "",
}: {
  error: unknown
  busy: boolean
  label: string
  busyLabel?: string
  saved?: string | null
  disabled?: boolean
  variant?: ButtonVariant
  className?: string
}) {
  const { t } = useTranslation()
  return (
    <div className={`flex flex-col gap-3 ${className}`}>
      <FormError message={error ? errorMessage(error, t) : null} />
      {saved && (
        <p role="status" className="text-sm text-emerald-800">
          {saved}
        </p>
      )}
      <div>
        <Button type="submit" variant={variant} disabled={busy || disabled}>
          {busy && busyLabel ? busyLabel : label}
        </Button>
      </div>
    </div>
  )
}
