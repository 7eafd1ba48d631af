import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { FormError } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { useAssignItem } from "../api/act-on-item"
import type { OversightKind, Reviewer } from "../api/types"

// Who works the item, and the reviewer taking it on or handing it back.
export function AssignControl({
  kind,
  id,
  assignedTo,
  meId,
}: {
  kind: OversightKind
  id: string
  assignedTo: Reviewer | null
  meId: string | undefined
}) {
  const { t } = useTranslation("oversight")
  const assign = useAssignItem(kind)
  const mine = !!meId && assignedTo?.id === meId
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span data-testid="assigned-to">
          {assignedTo
            ? t("assign.to", { name: assignedTo.name ?? "—" })
            : t("assign.nobody")}
        </span>
        {meId && !mine && (
          <Button
            small
            disabled={assign.isPending}
            onClick={() => assign.mutate({ id, reviewerId: meId })}
          >
            {t("assign.me")}
          </Button>
        )}
        {assignedTo && (
          <Button
            small
            variant="secondary"
            disabled={assign.isPending}
            onClick={() => assign.mutate({ id, reviewerId: null })}
          >
            {t("assign.unassign")}
          </Button>
        )}
      </div>
      <FormError message={assign.error && errorMessage(assign.error, t)} />
    </div>
  )
}
