// A table cell's figure with a smaller line under it (a masked name, a
// place, an age), so related facts share one column.
export function Stacked({
  main,
  note,
}: {
  main: React.ReactNode
  note?: React.ReactNode
}) {
  return (
    <span className="flex flex-col">
      <span>{main}</span>
      {note !== undefined && note !== null && note !== "" && (
        <span className="text-xs text-stone-500">{note}</span>
      )}
    </span>
  )
}
