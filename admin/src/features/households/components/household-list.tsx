import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { ButtonLink } from "@/components/button"
import { useOffsetPaging } from "@/components/use-offset-paging"
import { DataTable, type Column } from "@/components/data-table"
import { SelectField } from "@/components/field"
import { QueryState } from "@/components/states"
import { useHouseholds } from "../api/get-households"
import {
  HOUSEHOLD_STATUSES,
  type Household,
  type HouseholdStatus,
} from "../api/types"
import { HouseholdStatusBadge, VerificationBadge } from "./household-badges"

// The member households, filterable by status, a page at a time.
export function HouseholdList() {
  const { t } = useTranslation("households")
  const [status, setStatus] = useState<HouseholdStatus | "">("")
  const { offset, limit, setOffset, paging } = useOffsetPaging()
  const query = useHouseholds({
    status: status || undefined,
    offset,
    limit,
  })

  const columns: Column<Household>[] = [
    {
      key: "registry_number",
      header: t("fields.registryNumber"),
      cell: (h) => (
        <Link
          to={`/coop/households/${h.id}`}
          className="font-medium text-emerald-800 hover:underline"
        >
          {h.registry_number}
        </Link>
      ),
    },
    {
      key: "head_name",
      header: t("fields.headName"),
      cell: (h) => h.head_name,
    },
    {
      key: "village",
      header: t("list.place"),
      cell: (h) => `${h.township} ${h.village}`,
    },
    {
      key: "members",
      header: t("fields.memberCount"),
      numeric: true,
      cell: (h) => h.member_count,
    },
    {
      key: "status",
      header: t("fields.status"),
      cell: (h) => (
        <HouseholdStatusBadge status={h.status} year={h.status_year} />
      ),
    },
    {
      key: "verification",
      header: t("fields.verification"),
      cell: (h) => <VerificationBadge verification={h.verification} />,
    },
  ]

  return (
    <div className="flex flex-col gap-4">
      <div className="max-w-xs">
        <SelectField
          label={t("list.statusFilter")}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as HouseholdStatus | "")
            setOffset(0)
          }}
          options={[
            { value: "", label: t("list.allStatuses") },
            ...HOUSEHOLD_STATUSES.map((value) => ({
              value,
              label: t(`common:householdStatus.${value}`),
            })),
          ]}
        />
      </div>
      <QueryState query={query}>
        {(page) => (
          <DataTable
            page={paging(page.count)}
            nowrap
            caption={t("list.caption")}
            columns={columns}
            rows={page.households}
            rowKey={(h) => h.id}
            empty={{
              title: status ? t("list.emptyFiltered") : t("list.empty"),
              hint: status ? undefined : t("list.emptyHint"),
              action: status ? undefined : (
                <ButtonLink to="/coop/households/new">
                  {t("actions.register")}
                </ButtonLink>
              ),
            }}
          />
        )}
      </QueryState>
    </div>
  )
}
