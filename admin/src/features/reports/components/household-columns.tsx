import type { TFunction } from "i18next"
import { Link } from "react-router"
import type { Column } from "@/components/data-table"

type HouseholdCells = {
  household_id: string | null
  registry_number: string | null
  village: string | null
  head_name: string | null
  member_count: number | null
  status: string | null
}

// The columns every household report starts with: registry number (links
// to the household), masked head, village, members, status.
export function householdColumns<Row extends HouseholdCells>(
  t: TFunction
): Column<Row>[] {
  return [
    {
      key: "registry",
      header: t("reports:household.registry"),
      cell: (row) =>
        row.household_id ? (
          <Link
            to={`/bureau/households/${row.household_id}`}
            className="font-mono text-emerald-800 hover:underline"
          >
            {row.registry_number}
          </Link>
        ) : (
          <span className="font-mono">{row.registry_number}</span>
        ),
    },
    {
      key: "head",
      header: t("reports:household.head"),
      cell: (row) => row.head_name ?? "—",
    },
    {
      key: "village",
      header: t("reports:household.village"),
      cell: (row) => row.village ?? "—",
    },
    {
      key: "members",
      header: t("reports:household.members"),
      numeric: true,
      cell: (row) => row.member_count ?? "—",
    },
    {
      key: "status",
      header: t("reports:household.status"),
      cell: (row) =>
        row.status ? t(`common:householdStatus.${row.status}`) : "—",
    },
  ]
}
