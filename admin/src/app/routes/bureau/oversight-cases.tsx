import { useTranslation } from "react-i18next"
import { ButtonLink } from "@/components/button"
import { PageHeader } from "@/components/page-header"
import { useBureauMe } from "@/features/auth/api/get-me"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { useCountyOptions } from "@/features/counties/hooks/use-county-options"
import { queueQuery } from "@/features/oversight/api/queue"
import { CaseDrawer } from "@/features/oversight/components/case-drawer"
import { CaseQueue } from "@/features/oversight/components/case-queue"
import { QueueFilterForm } from "@/features/oversight/components/queue-filters"
import { useQueueFilters } from "@/features/oversight/hooks/use-queue-filters"

// The case queue: filters, page and the open case in the URL.
export default function OversightCasesPage() {
  const { t } = useTranslation("oversight")
  const me = useBureauMe().data?.bureau_user
  const countyLabel = useCountyLabel()
  const countyOptions = useCountyOptions(me?.jurisdiction_code)
  const queue = useQueueFilters("case")
  return (
    <>
      <PageHeader
        title={t("cases.title")}
        description={t("cases.description")}
        actions={
          // Every household whose income fell, not only those a case
          // opened for (the nav no longer lists that report).
          <ButtonLink variant="secondary" to="/bureau/income-decline">
            {t("cases.incomeDecline")}
          </ButtonLink>
        }
      />
      <QueueFilterForm
        kind="case"
        values={queue.filters}
        countyOptions={countyOptions}
        onApply={queue.setFilters}
      />
      <CaseQueue
        query={queueQuery("case", queue.filters)}
        offset={queue.offset}
        onOffsetChange={queue.setOffset}
        openId={queue.openId}
        onOpen={queue.setOpenId}
        countyLabel={countyLabel}
      />
      {queue.openId && (
        <CaseDrawer
          id={queue.openId}
          meId={me?.id}
          countyLabel={countyLabel}
          onClose={() => queue.setOpenId(null)}
        />
      )}
    </>
  )
}
