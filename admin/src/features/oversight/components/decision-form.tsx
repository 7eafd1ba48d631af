import type { UseFormRegisterReturn } from "react-hook-form"
import { Button } from "@/components/button"
import { FormError, TextAreaField } from "@/components/field"
import { Panel } from "@/components/page-header"

// The end of a flag's or a case's work: what the reviewer decided (the
// fields given as children), the reason, and the button that sends it.
export function DecisionForm({
  title,
  onSubmit,
  reason,
  submitLabel,
  formError,
  busy,
  children,
}: {
  title: string
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void
  reason: UseFormRegisterReturn & {
    label: string
    hint: string
    error?: string
  }
  submitLabel: string
  formError: string | null
  busy: boolean
  children: React.ReactNode
}) {
  return (
    <Panel title={title}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        {children}
        <TextAreaField rows={3} {...reason} />
        <FormError message={formError} />
        <div>
          <Button type="submit" disabled={busy}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Panel>
  )
}
