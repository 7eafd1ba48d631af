import { Drawer, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"
import { locale, useWords } from "../lib/words"

type Entry = {
  action:
    "cooperative.registered" | "cooperative.approved" | "cooperative.suspended"
  actor_type: "cooperative_user" | "bureau_user" | "user"
  actor_name: string | null
  reason: string | null
  created_at: string
}

const ACTIONS = {
  "cooperative.registered": "registeredAction",
  "cooperative.approved": "approvedAction",
  "cooperative.suspended": "suspendedAction",
} as const
const ACTORS = {
  cooperative_user: "staff",
  bureau_user: "reviewer",
  user: "operator",
} as const

// A cooperative's approval history, oldest first: who registered it, who
// approved, suspended or reinstated it, and why.
export function CooperativeHistory({
  cooperative,
  onClose,
}: {
  cooperative: { id: string; name: string } | null
  onClose: () => void
}) {
  const w = useWords()
  const { i18n } = useTranslation()
  const history = useQuery({
    queryKey: ["tianfu-cooperative-history", cooperative?.id],
    queryFn: () =>
      sdk.client.fetch<{ history: Entry[] }>(
        `/admin/cooperatives/${cooperative!.id}`
      ),
    enabled: cooperative !== null,
  })
  const when = (value: string) =>
    new Intl.DateTimeFormat(locale(i18n.language), {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Asia/Shanghai",
    }).format(new Date(value))
  return (
    <Drawer
      open={cooperative !== null}
      onOpenChange={(open) => !open && onClose()}
    >
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>
            {w("history")} · {cooperative?.name}
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body>
          {history.isError && (
            <Text className="text-ui-fg-error">{w("loadFailed")}</Text>
          )}
          <ol className="flex flex-col gap-3" data-testid="tianfu-history">
            {history.data?.history.map((entry) => (
              <li key={`${entry.action}:${entry.created_at}`}>
                <Text size="small" weight="plus">
                  {w(ACTIONS[entry.action])} · {when(entry.created_at)}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {w(ACTORS[entry.actor_type])} {entry.actor_name ?? ""}
                  {entry.reason ? ` · ${entry.reason}` : ""}
                </Text>
              </li>
            ))}
          </ol>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
