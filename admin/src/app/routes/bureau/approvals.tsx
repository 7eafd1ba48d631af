import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router"
import { PageHeader } from "@/components/page-header"
import {
  CooperativeQueue,
  type CooperativeFilter,
} from "@/features/approvals/components/cooperative-queue"
import { HouseholdQueue } from "@/features/approvals/components/household-queue"
import { JoinRequestQueue } from "@/features/approvals/components/join-request-queue"
import { useCountyLabel } from "@/features/counties/hooks/use-county-label"

const FILTERS: CooperativeFilter[] = ["pending", "approved", "suspended", "all"]
const TABS = ["cooperatives", "households", "joins"] as const

// The approvals queue: cooperatives (by status, pending first), household
// verifications and cooperatives' requests to join households; which tab,
// filter and page live in the URL.
export default function ApprovalsPage() {
  const { t } = useTranslation("approvals")
  const countyLabel = useCountyLabel()
  const [params, setParams] = useSearchParams()
  const tab =
    TABS.find((value) => value === params.get("tab")) ?? "cooperatives"
  const status = FILTERS.find((s) => s === params.get("status")) ?? "pending"
  const offset = Math.max(0, Number(params.get("offset")) || 0)

  const update = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams(params)
    for (const [key, value] of Object.entries(next)) {
      if (value === null) merged.delete(key)
      else merged.set(key, value)
    }
    setParams(merged, { replace: true })
  }

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div
        role="tablist"
        aria-label={t("tabs.label")}
        className="mb-4 flex gap-1 border-b border-stone-200"
      >
        {TABS.map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={tab === value}
            onClick={() => update({ tab: value, offset: null, status: null })}
            className={`-mb-px border-b-2 px-4 py-2 text-sm ${tab === value ? "border-emerald-700 font-medium text-emerald-900" : "border-transparent text-stone-600 hover:text-stone-900"}`}
          >
            {t(`tabs.${value}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === "cooperatives" ? (
          <CooperativeQueue
            status={status}
            offset={offset}
            onStatusChange={(next) => update({ status: next, offset: null })}
            onOffsetChange={(next) => update({ offset: String(next) })}
            countyLabel={countyLabel}
          />
        ) : tab === "households" ? (
          <HouseholdQueue
            offset={offset}
            onOffsetChange={(next) => update({ offset: String(next) })}
            countyLabel={countyLabel}
          />
        ) : (
          <JoinRequestQueue
            offset={offset}
            onOffsetChange={(next) => update({ offset: String(next) })}
          />
        )}
      </div>
    </>
  )
}
