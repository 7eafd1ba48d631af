import type { TFunction } from "i18next"
import type { Column } from "@/components/data-table"
import { formatFen } from "@/lib/money"
import type { Payout } from "../api/linkage"
import { DocumentLink } from "./document-link"

// A payout's kind, amount (a reversal negative), method and reference: the
// columns the payouts panel and the member statement share.
export function payoutColumns<Row extends Payout>(t: TFunction): Column<Row>[] {
  return [
    {
      key: "kind",
      header: t("columns.kind"),
      cell: (p) => t(`kind.${p.kind}`),
    },
    {
      key: "amount",
      header: t("columns.amount"),
      numeric: true,
      cell: (p) => `${p.entry === "reversal" ? "−" : ""}${formatFen(p.amount)}`,
    },
    {
      key: "method",
      header: t("columns.method"),
      cell: (p) => t(`method.${p.method}`),
    },
    {
      key: "reference",
      header: t("columns.reference"),
      cell: (p) => p.reference,
    },
    {
      key: "evidence",
      header: t("columns.evidence"),
      cell: (p) =>
        p.evidence_document_id ? (
          <DocumentLink id={p.evidence_document_id} audience="vendor" />
        ) : (
          "—"
        ),
    },
  ]
}
