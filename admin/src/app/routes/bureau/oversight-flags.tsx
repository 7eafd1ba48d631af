import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { useBureauMe } from "@/features/auth/api/get-me"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { useCountyOptions } from "@/features/counties/hooks/use-county-options"
import { queueQuery } from "@/features/oversight/api/queue"
import { FlagDrawer } from "@/features/oversight/components/flag-drawer"
import { FlagQueue } from "@/features/oversight/components/flag-queue"
import { QueueFilterForm } from "@/features/oversight/components/queue-filters"
import { useQueueFilters } from "@/features/oversight/hooks/use-queue-filters"

// The flag queue: filters, page and the open flag in the URL.
export default function OversightFlagsPage() {
  const { t } = useTranslation("oversight")
  const me = useBureauMe().data?.bureau_user
  const countyLabel = useCountyLabel()
  const countyOptions = useCountyOptions(me?.jurisdiction_code)
  const queue = useQueueFilters("flag")
  return (
    <>
      <PageHeader
        title={t("flags.title")}
        description={t("flags.description")}
      />
      <QueueFilterForm
        kind="flag"
        values={queue.filters}
        countyOptions={countyOptions}
        onApply={queue.setFilters}
      />
      <FlagQueue
        query={queueQuery("flag", queue.filters)}
        offset={queue.offset}
        onOffsetChange={queue.setOffset}
        openId={queue.openId}
        onOpen={queue.setOpenId}
        countyLabel={countyLabel}
      />
      {queue.openId && (
        <FlagDrawer
          id={queue.openId}
          meId={me?.id}
          countyLabel={countyLabel}
          onClose={() => queue.setOpenId(null)}
        />
      )}
    </>
  )
}
