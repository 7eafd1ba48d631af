import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { TextField } from "@/components/field"
import { ErrorState, LoadingState } from "@/components/states"
import { useBatchLabel } from "../api/get-batch-label"
import type { BatchDetail } from "../api/types"

const MAX_LABELS = 100

// A printable A4 sheet of N identical QR labels for one batch: the QR
// (fetched once), the trace code and the product under it.
export function LabelSheet({ batch }: { batch: BatchDetail }) {
  const { t } = useTranslation("batches")
  const label = useBatchLabel(batch.id)
  const [count, setCount] = useState("12")
  const n = Math.min(MAX_LABELS, Math.max(1, Math.floor(Number(count)) || 1))
  const product = batch.variant
    ? `${batch.variant.product?.title ?? ""} · ${batch.variant.title}`
    : ""

  return (
    <div className="flex flex-col gap-4">
      <div className="no-print flex flex-wrap items-end gap-3">
        <div className="w-40">
          <TextField
            label={t("labels.count")}
            type="number"
            min={1}
            max={MAX_LABELS}
            value={count}
            hint={t("labels.countHint", { max: MAX_LABELS })}
            onChange={(event) => setCount(event.target.value)}
          />
        </div>
        <Button onClick={() => window.print()} disabled={!label.data}>
          {t("labels.print")}
        </Button>
      </div>
      {label.isPending && <LoadingState />}
      {label.error && (
        <ErrorState error={label.error} onRetry={() => void label.refetch()} />
      )}
      {label.data && (
        <ul
          aria-label={t("labels.sheet", { count: n })}
          className="label-sheet grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4"
        >
          {Array.from({ length: n }, (_, i) => (
            <li
              key={i}
              className="label-cell flex flex-col items-center rounded border border-dashed border-stone-300 bg-white p-2 text-center"
            >
              <img
                src={label.data.src}
                alt={t("labels.alt", { code: batch.trace_code })}
                className="aspect-square w-full max-w-40"
              />
              <p className="font-mono text-sm font-semibold tracking-wider">
                {batch.trace_code}
              </p>
              <p className="line-clamp-2 text-xs text-stone-600">{product}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
