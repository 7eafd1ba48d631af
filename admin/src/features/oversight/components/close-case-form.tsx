import { zodResolver } from "@hookform/resolvers/zod"
import { useId } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { EXIT_CRITERIA } from "@tianfu/domain"
import { Button } from "@/components/button"
import { FormError, TextAreaField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { errorMessage, fieldOfError } from "@/lib/api-error-message"
import { useCloseCase } from "../api/act-on-item"
import type { ExitCriterion } from "../api/types"

const schema = z.object({
  exit_criteria: z.array(z.enum(EXIT_CRITERIA)).min(1),
  reason: z.string().trim().min(2).max(1000),
})
type CloseForm = { exit_criteria: ExitCriterion[]; reason: string }
const FIELDS = ["exit_criteria", "reason"] as const

// Closes an open case (风险消除): the exit criteria it met, one at least,
// and the reviewer's reason.
export function CloseCaseForm({ id }: { id: string }) {
  const { t } = useTranslation("oversight")
  const legendId = useId()
  const close = useCloseCase()
  const form = useForm<CloseForm>({
    resolver: zodResolver(schema),
    defaultValues: { exit_criteria: [], reason: "" },
  })
  const submit = form.handleSubmit(async (values) => {
    try {
      await close.mutateAsync({ id, ...values })
    } catch (error) {
      const field = fieldOfError(error, FIELDS)
      if (field)
        form.setError(field, {
          type: "server",
          message: errorMessage(error, t),
        })
    }
  })
  const errors = form.formState.errors
  const message = (field: (typeof FIELDS)[number], fallback: string) => {
    const error = errors[field]
    if (!error) return undefined
    return error.type === "server" ? error.message : t(fallback)
  }
  const criteriaError = message("exit_criteria", "close.criteriaRequired")
  return (
    <Panel title={t("close.title")}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <fieldset
          aria-describedby={criteriaError ? `${legendId}-error` : undefined}
          aria-invalid={criteriaError ? true : undefined}
          className="flex flex-col gap-1.5"
        >
          <legend className="mb-1 text-sm font-medium text-stone-700">
            {t("close.criteria")}
          </legend>
          {EXIT_CRITERIA.map((value) => (
            <label
              key={value}
              className="flex items-center gap-2 text-sm text-stone-800"
            >
              <input
                type="checkbox"
                value={value}
                className="h-4 w-4 accent-emerald-700"
                {...form.register("exit_criteria")}
              />
              {t(`exitCriterion.${value}`)}
            </label>
          ))}
          {criteriaError && (
            <p id={`${legendId}-error`} className="text-xs text-red-700">
              {criteriaError}
            </p>
          )}
        </fieldset>
        <TextAreaField
          label={t("close.reason")}
          rows={3}
          hint={t("close.reasonHint")}
          error={message("reason", "close.reasonHint")}
          {...form.register("reason")}
        />
        <FormError
          message={
            close.error && !fieldOfError(close.error, FIELDS)
              ? errorMessage(close.error, t)
              : null
          }
        />
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("close.submit")}
          </Button>
        </div>
      </form>
    </Panel>
  )
}
