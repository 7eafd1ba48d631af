// A table cell's figure with a smaller line under it (an age, a count, a
// masked name), so related facts share one column.
export function Stacked({
  main,
  note,
  tone = "text-stone-500",
}: {
  main: React.ReactNode
  note?: React.ReactNode
  tone?: string
}) {
  return (
    <span className="flex flex-col">
      <span>{main}</span>
      {note !== undefined && note !== null && note !== "" && (
        <span className={`text-xs ${tone}`}>{note}</span>
      )}
    </span>
  )
}
