import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { PageHeader } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useBatch } from "@/features/batches/api/get-batch"
import { LabelSheet } from "@/features/batches/components/label-sheet"

export default function BatchLabelsPage() {
  const { t } = useTranslation("batches")
  const { id = "" } = useParams()
  const batch = useBatch(id)
  const code = batch.data?.trace_code
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={t("labels.title", { code: code ?? "…" })}
          description={t("labels.description")}
          crumbs={[
            { label: t("list.title"), to: "/coop/batches" },
            { label: code ?? "…", to: `/coop/batches/${id}` },
            { label: t("labels.crumb") },
          ]}
        />
      </div>
      <QueryState query={batch}>
        {(loaded) => <LabelSheet batch={loaded} />}
      </QueryState>
    </>
  )
}
