import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { TextField } from "@/components/field"
import { ErrorState, LoadingState } from "@/components/states"
import { useVendorMe } from "@/features/auth/api/get-me"
import { formatDate } from "@/lib/format"
import { useBatchLabel } from "../api/get-batch-label"
import type { BatchDetail } from "../api/types"

// An A4 page holds 4 × 6 labels (styles.css, print).
export const LABELS_PER_PAGE = 24
const MAX_LABELS = 5000

// One label per item of the batch, the last page filled up.
export function defaultLabelCount(items: number) {
  const wanted = Math.min(MAX_LABELS, Math.max(1, Math.ceil(items)))
  return Math.min(
    MAX_LABELS,
    Math.ceil(wanted / LABELS_PER_PAGE) * LABELS_PER_PAGE
  )
}

// A printable A4 sheet of identical QR labels for one batch: the QR
// (fetched once), the trace code, the product, the cooperative, the
// harvest date and "scan to trace".
export function LabelSheet({ batch }: { batch: BatchDetail }) {
  const { t, i18n } = useTranslation("batches")
  const label = useBatchLabel(batch.id)
  const cooperative = useVendorMe().data?.cooperative?.name ?? ""
  const [count, setCount] = useState(() =>
    String(defaultLabelCount(batch.stock_quantity))
  )
  const n = Math.min(MAX_LABELS, Math.max(1, Math.floor(Number(count)) || 1))
  const product = batch.variant
    ? `${batch.variant.product?.title ?? ""} · ${batch.variant.title}`
    : ""
  const harvested = formatDate(batch.harvested_at, i18n.language)

  return (
    <div className="flex flex-col gap-4">
      <div className="no-print flex flex-wrap items-end gap-3">
        <div className="w-56">
          <TextField
            label={t("labels.count")}
            type="number"
            min={1}
            max={MAX_LABELS}
            value={count}
            hint={t("labels.countHint", {
              items: batch.stock_quantity,
              perPage: LABELS_PER_PAGE,
              max: MAX_LABELS,
            })}
            onChange={(event) => setCount(event.target.value)}
          />
        </div>
        <Button onClick={() => window.print()} disabled={!label.data}>
          {t("labels.print")}
        </Button>
        <p className="text-sm text-stone-600">
          {t("labels.pages", { count: Math.ceil(n / LABELS_PER_PAGE) })}
        </p>
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
                className="aspect-square w-full max-w-32"
              />
              <p className="text-xs font-semibold">{t("labels.scan")}</p>
              <p className="font-mono text-xs font-semibold tracking-wider">
                {batch.trace_code}
              </p>
              <p className="line-clamp-1 text-xs text-stone-700">{product}</p>
              <p className="line-clamp-1 text-[10px] text-stone-600">
                {cooperative}
              </p>
              <p className="text-[10px] text-stone-600">
                {t("labels.harvested", { date: harvested })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
