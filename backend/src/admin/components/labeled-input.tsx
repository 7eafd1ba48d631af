import { Input, Label } from "@medusajs/ui"

// A text field with its label above it, for our small /app forms.
export function LabeledInput({
  id,
  label,
  value,
  onChange,
  numeric = false,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  numeric?: boolean
}) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        inputMode={numeric ? "decimal" : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
