// A share of a target (income against the poverty line); past 100% it is
// full and green, below it amber.
export function ProgressBar({
  ratio,
  label,
}: {
  ratio: number
  label: string
}) {
  const percent = Math.max(0, Math.min(100, ratio * 100))
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(percent)}
      className="h-2 w-full min-w-24 overflow-hidden rounded-full bg-stone-200"
    >
      <div
        className={`h-full ${ratio >= 1 ? "bg-emerald-600" : "bg-amber-500"}`}
        style={{ width: `${percent}%` }}
      />
    </div>
  )
}
