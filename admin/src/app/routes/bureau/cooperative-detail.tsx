import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { ButtonLink } from "@/components/button"
import { PageHeader } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { useBureauCooperative } from "@/features/approvals/api/get-cooperative"
import { CooperativeFacts } from "@/features/approvals/components/cooperative-facts"
import { CountyGrantsPanel } from "@/features/approvals/components/county-grants-panel"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"

export default function CooperativeDetailPage() {
  const { t } = useTranslation("approvals")
  const { id } = useParams()
  const countyLabel = useCountyLabel()
  const cooperative = useBureauCooperative(id)
  const crumbs = [
    { label: t("title"), to: "/bureau/approvals" },
    { label: t("cooperative.crumb") },
  ]
  return (
    <QueryState query={cooperative}>
      {(data) => (
        <>
          <PageHeader
            title={data.name}
            crumbs={crumbs}
            actions={
              <ButtonLink
                variant="secondary"
                to={`/bureau/attribution/${data.county_code}/${data.id}`}
              >
                {t("cooperative.attribution")}
              </ButtonLink>
            }
          />
          <div className="flex flex-col gap-4">
            <CooperativeFacts cooperative={data} countyLabel={countyLabel} />
            <CountyGrantsPanel cooperative={data} countyLabel={countyLabel} />
          </div>
        </>
      )}
    </QueryState>
  )
}
