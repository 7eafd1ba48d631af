import { useTranslation } from "react-i18next"
import { ProgressBar } from "@/components/progress-bar"
import type { Unit } from "../api/types"

// The running total of the contributions against the batch quantity; past
// it, the form refuses to save.
export function ContributionsTotal({
  quantities,
  batchQuantity,
  unit,
  error,
}: {
  quantities: number[]
  batchQuantity: number
  unit: Unit
  error?: string
}) {
  const { t } = useTranslation("batches")
  const total = quantities.reduce((sum, q) => sum + (q > 0 ? q : 0), 0)
  const known = Number.isFinite(batchQuantity) && batchQuantity > 0
  const exceeds = known && total > batchQuantity
  const unitLabel = t(`units.${unit}`)
  return (
    <div className="flex flex-col gap-2 rounded-md bg-stone-50 p-3 text-sm">
      <p>
        {known
          ? t("contributions.total", {
              total,
              batch: batchQuantity,
              unit: unitLabel,
              percent: ((total / batchQuantity) * 100).toFixed(1),
            })
          : t("contributions.totalNoBatch", { total, unit: unitLabel })}
      </p>
      {known && !exceeds && (
        <ProgressBar
          ratio={Math.min(total / batchQuantity, 1)}
          label={t("contributions.progress")}
        />
      )}
      {known && !exceeds && total < batchQuantity && (
        <p className="text-stone-600">
          {t("contributions.remainder", {
            rest: batchQuantity - total,
            unit: unitLabel,
          })}
        </p>
      )}
      {(exceeds || error) && (
        <p role="alert" className="font-medium text-red-700">
          {exceeds
            ? t("errors.exceedsDetail", {
                total,
                batch: batchQuantity,
                unit: unitLabel,
              })
            : error}
        </p>
      )}
    </div>
  )
}
