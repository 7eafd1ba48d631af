// A definition list of a record's facts, two columns from tablet width.
export function FactList({
  facts,
}: {
  facts: { label: string; value: React.ReactNode }[]
}) {
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt className="text-stone-500">{fact.label}</dt>
          <dd className="mt-0.5 break-words text-stone-900">
            {fact.value ?? "—"}
          </dd>
        </div>
      ))}
    </dl>
  )
}
