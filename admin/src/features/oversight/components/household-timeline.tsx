import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { Chart } from "@/components/chart"
import { Panel } from "@/components/page-header"
import { EmptyState, QueryState } from "@/components/states"
import { useHouseholdStreams } from "../api/streams"
import type { HouseholdStreams } from "../api/types"
import { timelineOption } from "../utils/timeline-option"
import { ShockEventDialog } from "./shock-event-dialog"
import { TimelineTable } from "./timeline-table"

// Everything a household received and earned, year by year, from every
// helper and the marketplace, with what happened to it (shock events) and
// what oversight found (flags, cases); a reviewer records a shock here.
export function HouseholdTimeline({ householdId }: { householdId: string }) {
  const { t } = useTranslation("oversight")
  const streams = useHouseholdStreams(householdId)
  const [recording, setRecording] = useState(false)
  return (
    <Panel
      title={t("timeline.title")}
      actions={
        <Button variant="secondary" onClick={() => setRecording(true)}>
          {t("shock.record")}
        </Button>
      }
    >
      <QueryState query={streams}>
        {(data) => <TimelineBody streams={data} />}
      </QueryState>
      {recording && (
        <ShockEventDialog
          householdId={householdId}
          reporter="bureau"
          onClose={() => setRecording(false)}
        />
      )}
    </Panel>
  )
}

function TimelineBody({ streams }: { streams: HouseholdStreams }) {
  const { t, i18n } = useTranslation("oversight")
  const option = useMemo(
    () => timelineOption(streams, t, i18n.language),
    [streams, t, i18n.language]
  )
  const empty =
    !streams.years.length &&
    !streams.shock_events.length &&
    !streams.flags.length &&
    !streams.cases.length
  if (empty) {
    return (
      <EmptyState title={t("timeline.empty")} hint={t("timeline.emptyHint")} />
    )
  }
  return (
    <div className="flex flex-col gap-4" data-testid="household-timeline">
      <Chart option={option} height={340} label={t("timeline.chartLabel")} />
      <TimelineTable streams={streams} />
    </div>
  )
}
