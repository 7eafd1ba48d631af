import { useState } from "react"
import type { FieldValues, Path, UseFormReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { errorMessage, fieldOfError } from "@/lib/api-error-message"

// A form's submit that calls the API: a 400 naming one of `fields` stands
// under that field (the backend's words), any other failure above the
// button; a value the form's own schema refused reads `fallback` (the
// reviewer's words for what the field takes) under its field.
export function useApiSubmit<V extends FieldValues>(
  form: UseFormReturn<V>,
  fields: readonly Path<V>[],
  send: (values: V) => Promise<unknown>
) {
  const { t } = useTranslation("oversight")
  const [failure, setFailure] = useState<unknown>(null)
  const submit = form.handleSubmit(async (values) => {
    setFailure(null)
    try {
      await send(values)
    } catch (error) {
      const field = fieldOfError(error, fields)
      if (field)
        form.setError(field, {
          type: "server",
          message: errorMessage(error, t),
        })
      else setFailure(error)
    }
  })
  const fieldError = (field: Path<V>, fallback: string) => {
    const error = form.getFieldState(field, form.formState).error
    if (!error) return undefined
    return error.type === "server" ? error.message : fallback
  }
  return {
    submit,
    fieldError,
    formError: failure === null ? null : errorMessage(failure, t),
    busy: form.formState.isSubmitting,
  }
}
