import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button, ButtonLink } from "@/components/button"
import { FormError, TextField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { ProgressBar } from "@/components/progress-bar"
import { errorMessage } from "@/lib/api-error-message"
import { useOversightRun, useStartOversightRun } from "../api/runs"
import type { OversightRun } from "../api/types"

// Runs the rules over the reviewer's jurisdiction now (they also run each
// night): counties done of all while it runs, then what it found.
export function RuleRunPanel() {
  const { t } = useTranslation("oversight")
  const [runId, setRunId] = useState<string | null>(null)
  const [year, setYear] = useState(beijingYear)
  const validYear = /^20\d\d$/.test(year)
  const start = useStartOversightRun()
  const run = useOversightRun(runId)
  const busy = start.isPending || run.data?.status === "running"
  return (
    <Panel title={t("run.title")}>
      <div className="flex flex-col gap-3">
        <p className="text-sm text-stone-600">{t("run.help")}</p>
        <div className="flex flex-wrap items-end gap-3">
          <TextField
            label={t("run.year")}
            type="number"
            inputMode="numeric"
            value={year}
            onChange={(event) => setYear(event.target.value)}
            error={validYear ? undefined : t("filters.yearError")}
          />
          <Button
            disabled={busy || !validYear}
            onClick={() =>
              start.mutate(Number(year), { onSuccess: (r) => setRunId(r.id) })
            }
          >
            {busy ? t("run.running") : t("run.start")}
          </Button>
        </div>
        <FormError message={start.error && errorMessage(start.error, t)} />
        {run.data && <RunProgress run={run.data} />}
      </div>
    </Panel>
  )
}

// This year in Beijing (the rules run for a calendar year).
const beijingYear = () =>
  new Intl.DateTimeFormat("en", {
    year: "numeric",
    timeZone: "Asia/Shanghai",
  }).format(new Date())

function RunProgress({ run }: { run: OversightRun }) {
  const { t } = useTranslation("oversight")
  const total = run.counties_total ?? 0
  const done = run.counties_done ?? 0
  return (
    <div data-testid="run-progress" className="flex flex-col gap-2">
      <div className="flex items-center gap-3">
        <ProgressBar
          ratio={run.status === "completed" ? 1 : total ? done / total : 0}
          label={t("run.progress")}
        />
        <span className="whitespace-nowrap text-sm tabular-nums">
          {t("run.counties", { done, total })}
        </span>
      </div>
      <p className="text-sm" role="status">
        {run.status === "running"
          ? t("run.status.running")
          : run.status === "failed"
            ? t("run.failed", { reason: run.failure ?? "" })
            : t("run.found", {
                households: run.households ?? 0,
                records: run.aid_records ?? 0,
                opened: run.flags_opened ?? 0,
                reopened: run.flags_reopened ?? 0,
                cleared: run.flags_cleared ?? 0,
                cases: run.cases_opened ?? 0,
                seconds: ((run.duration_ms ?? 0) / 1000).toFixed(1),
              })}
      </p>
      {run.status === "completed" && (
        <div className="flex flex-wrap gap-2">
          <ButtonLink small variant="secondary" to="/bureau/oversight/flags">
            {t("run.toFlags")}
          </ButtonLink>
          <ButtonLink small variant="secondary" to="/bureau/oversight/cases">
            {t("run.toCases")}
          </ButtonLink>
        </div>
      )}
    </div>
  )
}
