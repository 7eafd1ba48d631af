import { useTranslation } from "react-i18next"
import { DataTable, type Column } from "@/components/data-table"
import { QueryState } from "@/components/states"
import { StatusBadge } from "@/components/status-badge"
import { formatDate } from "@/lib/format"
import { usePendingInvites } from "../api/get-invites"
import { useStaff } from "../api/get-users"
import type { PendingInvite, StaffUser } from "../api/types"

// Who works in the console for this cooperative, and who was invited.
export function StaffList() {
  const { t, i18n } = useTranslation("team")
  const staff = useStaff()
  const invites = usePendingInvites()

  const staffColumns: Column<StaffUser>[] = [
    { key: "email", header: t("staff.email"), cell: (u) => u.email },
    {
      key: "name",
      header: t("staff.name"),
      cell: (u) => [u.last_name, u.first_name].filter(Boolean).join("") || "—",
    },
    {
      key: "role",
      header: t("staff.role"),
      cell: (u) => (
        <StatusBadge tone={u.role === "owner" ? "green" : "grey"}>
          {t(`staff.roles.${u.role}`)}
        </StatusBadge>
      ),
    },
  ]
  const now = Date.now()
  const inviteColumns: Column<PendingInvite>[] = [
    { key: "email", header: t("staff.email"), cell: (i) => i.email },
    {
      key: "expires_at",
      header: t("staff.expiresAt"),
      cell: (i) =>
        new Date(i.expires_at).getTime() < now ? (
          <StatusBadge tone="red">{t("staff.expired")}</StatusBadge>
        ) : (
          formatDate(i.expires_at, i18n.language)
        ),
    },
  ]

  return (
    <div className="flex flex-col gap-4">
      <QueryState query={staff}>
        {(page) => (
          <DataTable
            nowrap
            caption={t("staff.title")}
            columns={staffColumns}
            rows={page.users}
            rowKey={(u) => u.id}
            empty={{ title: t("staff.empty") }}
          />
        )}
      </QueryState>
      <h3 className="text-sm font-semibold text-stone-700">
        {t("staff.pending")}
      </h3>
      <QueryState query={invites}>
        {(page) => (
          <DataTable
            nowrap
            caption={t("staff.pending")}
            columns={inviteColumns}
            rows={page.invites}
            rowKey={(i) => i.id}
            empty={{ title: t("staff.noPending") }}
          />
        )}
      </QueryState>
    </div>
  )
}
