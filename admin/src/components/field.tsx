import { forwardRef, useId } from "react"

type FieldProps = {
  label: string
  error?: string
  hint?: string
}

function FieldFrame({
  id,
  label,
  error,
  hint,
  children,
}: FieldProps & { id: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-700">
        {label}
      </label>
      {children}
      <FieldNote id={id} error={error} hint={hint} />
    </div>
  )
}

// Under a field: its error, else its hint (`${id}-error`, `${id}-hint`, as
// the field's aria-describedby names them).
export function FieldNote({
  id,
  error,
  hint,
}: {
  id: string
  error?: string
  hint?: string
}) {
  if (error)
    return (
      <p id={`${id}-error`} className="text-xs text-red-700">
        {error}
      </p>
    )
  if (!hint) return null
  return (
    <p id={`${id}-hint`} className="text-xs text-stone-500">
      {hint}
    </p>
  )
}

const INPUT =
  "rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-emerald-600 focus:outline-none focus:ring-1 focus:ring-emerald-600 aria-[invalid=true]:border-red-600"

export function describedBy(id: string, error?: string, hint?: string) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined
}

// A labelled input; spread react-hook-form's register() into it.
export const TextField = forwardRef<
  HTMLInputElement,
  FieldProps & React.InputHTMLAttributes<HTMLInputElement>
>(function TextField({ label, error, hint, ...input }, ref) {
  const generated = useId()
  const id = input.id ?? generated
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={INPUT}
        {...input}
      />
    </FieldFrame>
  )
})

export const TextAreaField = forwardRef<
  HTMLTextAreaElement,
  FieldProps & React.TextareaHTMLAttributes<HTMLTextAreaElement>
>(function TextAreaField({ label, error, hint, ...input }, ref) {
  const generated = useId()
  const id = input.id ?? generated
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <textarea
        ref={ref}
        id={id}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={INPUT}
        {...input}
      />
    </FieldFrame>
  )
})

export const SelectField = forwardRef<
  HTMLSelectElement,
  FieldProps &
    React.SelectHTMLAttributes<HTMLSelectElement> & {
      options: { value: string; label: string }[]
    }
>(function SelectField({ label, error, hint, options, ...select }, ref) {
  const generated = useId()
  const id = select.id ?? generated
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={INPUT}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
})

// A form-level failure (the API said no), shown above the submit button.
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null
  return (
    <p
      role="alert"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      {message}
    </p>
  )
}
