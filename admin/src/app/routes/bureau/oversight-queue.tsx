import { useTranslation } from "react-i18next"
import { PageHeader } from "@/components/page-header"
import { useBureauMe } from "@/features/auth/api/get-me"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"
import { useCountyOptions } from "@/features/counties/hooks/use-county-options"
import type { OversightKind } from "@/features/oversight/api/types"
import { QUEUE_WORDS } from "@/features/oversight/components/item-queue"
import { QueueWorkspace } from "@/features/oversight/components/queue-workspace"

// The flag or case queue's page (oversight-flags, oversight-cases): the
// reviewer and the county names handed to the queue.
export function OversightQueuePage({
  kind,
  actions,
}: {
  kind: OversightKind
  actions?: React.ReactNode
}) {
  const { t } = useTranslation("oversight")
  const me = useBureauMe().data?.bureau_user
  const countyLabel = useCountyLabel()
  const countyOptions = useCountyOptions(me?.jurisdiction_code)
  const words = QUEUE_WORDS[kind]
  return (
    <>
      <PageHeader
        title={t(`${words}.title`)}
        description={t(`${words}.description`)}
        actions={actions}
      />
      <QueueWorkspace
        kind={kind}
        meId={me?.id}
        countyLabel={countyLabel}
        countyOptions={countyOptions}
      />
    </>
  )
}
