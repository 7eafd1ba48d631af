import { useState } from "react"
import { useTranslation } from "react-i18next"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { Button } from "@/components/button"
import { formatFen } from "@/lib/money"
import {
  type DisputeStatus,
  type PayoutDispute,
  usePayoutDisputes,
} from "../api/payout-disputes"
import { ResolveDisputeDialog } from "./resolve-dispute-dialog"
import { DocumentLink } from "@/features/linkage/components/document-link"
import { useTermsText } from "@/features/linkage/components/terms-text"

const LIMIT = 20

// Households that said a payout did not arrive, or not in full: the
// payout, its cooperative, the household (masked) and what they said;
// open ones are decided here with a reason.
export function DisputeQueue({ status }: { status: DisputeStatus }) {
  const { t, i18n } = useTranslation("disputes")
  const [offset, setOffset] = useState(0)
  const [deciding, setDeciding] = useState<{
    dispute: PayoutDispute
    resolution: "upheld" | "rejected"
  } | null>(null)
  const query = usePayoutDisputes({ status, offset, limit: LIMIT })
  const terms = useTermsText()
  const day = (value: string) =>
    new Date(value).toLocaleDateString(i18n.language)
  const columns: Column<PayoutDispute>[] = [
    {
      key: "answered",
      header: t("columns.answered"),
      cell: (d) => day(d.answered_at),
    },
    {
      key: "cooperative",
      header: t("columns.cooperative"),
      cell: (d) => d.cooperative?.name ?? "—",
    },
    {
      key: "household",
      header: t("columns.household"),
      cell: (d) =>
        d.household
          ? `${d.household.head_name} · ${d.household.registry_number} · ${d.household.village}`
          : "—",
    },
    {
      key: "payout",
      header: t("columns.payout"),
      numeric: true,
      cell: (d) =>
        d.payout
          ? `${formatFen(d.payout.amount)} · ${t(`kind.${d.payout.kind}`)} · ${day(d.payout.paid_on)}`
          : "—",
    },
    {
      key: "reference",
      header: t("columns.reference"),
      cell: (d) => d.payout?.reference ?? "—",
    },
    {
      key: "evidence",
      header: t("columns.evidence"),
      cell: (d) => (
        <span className="flex flex-col gap-1">
          {d.agreement && <span>{terms(d.agreement)}</span>}
          {d.batches.map((b) => (
            <span key={b.id} className="font-mono text-xs">
              {t("batch", { code: b.trace_code ?? b.id })}
            </span>
          ))}
          <span className="flex flex-wrap gap-1">
            {d.payout?.evidence_document_id && (
              <DocumentLink
                id={d.payout.evidence_document_id}
                audience="bureau"
                label={t("receipt")}
              />
            )}
            {d.agreement?.document_id && (
              <DocumentLink
                id={d.agreement.document_id}
                audience="bureau"
                label={t("signedAgreement")}
              />
            )}
          </span>
        </span>
      ),
    },
    {
      key: "said",
      header: t("columns.said"),
      cell: (d) =>
        `${t(`outcome.${d.outcome}`)} (${t(`responder.${d.responder}`)})${d.note ? `: ${d.note}` : ""}`,
    },
    {
      key: "decision",
      header: t("columns.decision"),
      cell: (d) =>
        d.resolution ? (
          `${t(`resolve.${d.resolution.resolution}`)}: ${d.resolution.reason}`
        ) : (
          <span className="flex gap-2">
            <Button
              small
              onClick={() => setDeciding({ dispute: d, resolution: "upheld" })}
            >
              {t("resolve.upheld")}
            </Button>
            <Button
              small
              variant="secondary"
              onClick={() =>
                setDeciding({ dispute: d, resolution: "rejected" })
              }
            >
              {t("resolve.rejected")}
            </Button>
          </span>
        ),
    },
  ]
  return (
    <Panel title={t(`tabs.${status}`)}>
      <QueryState query={query}>
        {(data) => (
          <DataTable
            page={{
              count: data.count,
              offset,
              limit: LIMIT,
              onChange: setOffset,
            }}
            caption={t(`tabs.${status}`)}
            rows={data.disputes}
            rowKey={(row) => row.id}
            empty={{ title: t(`empty.${status}`), hint: t("empty.hint") }}
            columns={columns}
          />
        )}
      </QueryState>
      {deciding && (
        <ResolveDisputeDialog
          dispute={deciding.dispute}
          resolution={deciding.resolution}
          onClose={() => setDeciding(null)}
        />
      )}
    </Panel>
  )
}
