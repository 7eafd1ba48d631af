import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { ButtonLink } from "@/components/button"
import { PageHeader, Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useBatch } from "@/features/batches/api/get-batch"
import { BatchFacts } from "@/features/batches/components/batch-facts"
import { ContributionsTable } from "@/features/batches/components/contributions-table"
import type { TimelineEvent } from "@/features/batches/api/types"
import { TraceEventForm } from "@/features/batches/components/trace-event-form"
import { TraceLink } from "@/features/batches/components/trace-link"
import { TraceTimeline } from "@/features/batches/components/trace-timeline"
import { VoidBatch } from "@/features/batches/components/void-batch"
import { formatDateTime } from "@/lib/format"

export default function BatchDetailPage() {
  const { t, i18n } = useTranslation("batches")
  const { id = "" } = useParams()
  const batch = useBatch(id)
  const [correcting, setCorrecting] = useState<TimelineEvent | null>(null)
  const code = batch.data?.trace_code
  return (
    <>
      <PageHeader
        title={code ? t("detail.title", { code }) : t("detail.loadingTitle")}
        description={
          batch.data?.variant
            ? `${batch.data.variant.product?.title ?? ""} · ${batch.data.variant.title}`
            : undefined
        }
        crumbs={[
          { label: t("list.title"), to: "/coop/batches" },
          { label: code ?? "…" },
        ]}
        actions={
          batch.data && !batch.data.voided_at ? (
            <>
              <VoidBatch batch={batch.data} />
              <ButtonLink to={`/coop/batches/${id}/labels`}>
                {t("detail.printLabels")}
              </ButtonLink>
            </>
          ) : null
        }
      />
      <QueryState query={batch}>
        {(loaded) => (
          <>
            {loaded.voided_at && (
              <p
                role="status"
                data-testid="batch-voided"
                className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-600/20"
              >
                {t("void.voided", {
                  at: formatDateTime(loaded.voided_at, i18n.language),
                  reason: loaded.void_reason,
                })}
              </p>
            )}
            <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
              <div className="flex flex-col gap-6">
                <Panel title={t("detail.facts")}>
                  <BatchFacts batch={loaded} />
                  <TraceLink code={loaded.trace_code} />
                </Panel>
                <Panel title={t("detail.contributions")}>
                  <ContributionsTable batch={loaded} />
                </Panel>
              </div>
              <div className="flex flex-col gap-6">
                <Panel title={t("detail.timeline")}>
                  <TraceTimeline
                    events={loaded.timeline}
                    onCorrect={setCorrecting}
                  />
                </Panel>
                {correcting ? (
                  <Panel title={t("correction.title")}>
                    <p className="mb-3 text-sm text-stone-600">
                      {t("correction.intro")}
                    </p>
                    <TraceEventForm
                      key={correcting.id}
                      batchId={loaded.id}
                      correcting={correcting}
                      onDone={() => setCorrecting(null)}
                    />
                    <button
                      type="button"
                      className="mt-2 text-sm underline"
                      onClick={() => setCorrecting(null)}
                    >
                      {t("correction.cancel")}
                    </button>
                  </Panel>
                ) : loaded.voided_at ? null : (
                  <Panel title={t("eventForm.title")}>
                    <TraceEventForm batchId={loaded.id} />
                  </Panel>
                )}
              </div>
            </div>
          </>
        )}
      </QueryState>
    </>
  )
}
