import { readableQuantity } from "@tianfu/domain"
import { useTranslation } from "react-i18next"
import { formatDate } from "@/lib/format"
import type { BatchDetail } from "../api/types"
import { CertificationBadges } from "./certification-badges"

// The batch's recorded facts as a definition list.
export function BatchFacts({ batch }: { batch: BatchDetail }) {
  const { t, i18n } = useTranslation("batches")
  const amount = readableQuantity(batch.quantity, batch.unit)
  const facts: [string, React.ReactNode][] = [
    [
      t("fields.traceCode"),
      <span className="font-mono">{batch.trace_code}</span>,
    ],
    [
      t("fields.variant"),
      batch.variant
        ? `${batch.variant.product?.title ?? ""} · ${batch.variant.title}`
        : "—",
    ],
    [t("fields.harvestedAt"), formatDate(batch.harvested_at, i18n.language)],
    [t("fields.village"), batch.village],
    [t("fields.quantity"), `${amount.value} ${t(`units.${amount.unit}`)}`],
    [
      t("fields.stock"),
      batch.voided_at
        ? t("void.withdrawn", { count: batch.stock_quantity })
        : t("list.stocked", { count: batch.stock_quantity }),
    ],
    [
      t("fields.certifications"),
      <CertificationBadges certifications={batch.certifications} />,
    ],
    [
      t("form.inspection"),
      batch.inspection
        ? t("inspection.summary", {
            agency: batch.inspection.agency,
            date: formatDate(batch.inspection.inspected_at, i18n.language),
            result: t(`inspection.${batch.inspection.result}`),
            report: batch.inspection.report_number ?? "—",
          })
        : t("inspection.none"),
    ],
  ]
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-stone-500">{label}</dt>
          <dd className="mt-0.5 text-stone-900">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
