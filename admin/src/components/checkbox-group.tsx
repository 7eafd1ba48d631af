import { useId } from "react"
import type { UseFormRegisterReturn } from "react-hook-form"
import { describedBy, FieldNote } from "./field"

// A labelled set of checkboxes for one field holding a list; spread
// react-hook-form's register() of the field into `register`.
export function CheckboxGroup({
  legend,
  options,
  register,
  error,
  hint,
}: {
  legend: string
  options: { value: string; label: string }[]
  register: UseFormRegisterReturn
  error?: string
  hint?: string
}) {
  const id = useId()
  return (
    <fieldset
      aria-describedby={describedBy(id, error, hint)}
      aria-invalid={error ? true : undefined}
      className="flex flex-col gap-1.5"
    >
      <legend className="mb-1 text-sm font-medium text-stone-700">
        {legend}
      </legend>
      {options.map((option) => (
        <label
          key={option.value}
          className="flex items-center gap-2 text-sm text-stone-800"
        >
          <input
            type="checkbox"
            value={option.value}
            className="h-4 w-4 accent-emerald-700"
            {...register}
          />
          {option.label}
        </label>
      ))}
      <FieldNote id={id} error={error} hint={hint} />
    </fieldset>
  )
}
