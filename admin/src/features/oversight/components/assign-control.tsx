import { useState } from "react"
import { useTranslation } from "react-i18next"
import { inJurisdiction } from "@tianfu/domain"
import { Button } from "@/components/button"
import { FormError, SelectField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { useAssignItem } from "../api/act-on-item"
import { useReviewers } from "../api/reviewers"
import type { AnyItem, OversightKind } from "../api/types"

// Who works the item, and the picker that hands it to a reviewer: the
// signed-in one, nobody, or any reviewer whose jurisdiction covers the
// item's county (the backend refuses any other with a 400).
export function AssignControl({
  kind,
  item,
  meId,
  countyLabel,
}: {
  kind: OversightKind
  item: AnyItem
  meId: string | undefined
  countyLabel: (code: string) => string
}) {
  const { t } = useTranslation("oversight")
  const assign = useAssignItem(kind)
  const reviewers = useReviewers()
  const current = item.assigned_to
  const [choice, setChoice] = useState(current?.id ?? "")
  const others = (reviewers.data ?? [])
    .filter(
      (r) =>
        r.id !== meId && inJurisdiction(item.county_code, r.jurisdiction_code)
    )
    .map((r) => ({
      value: r.id,
      label: t("assign.reviewer", {
        name: r.name ?? "—",
        jurisdiction: countyLabel(r.jurisdiction_code),
      }),
    }))
  // The one working it stays in the list even before the list is in.
  if (
    current &&
    current.id !== meId &&
    !others.some((o) => o.value === current.id)
  )
    others.unshift({ value: current.id, label: current.name ?? "—" })
  const options = [
    ...(meId ? [{ value: meId, label: t("assign.meOption") }] : []),
    { value: "", label: t("assign.nobodyOption") },
    ...others,
  ]
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm" data-testid="assigned-to">
        {current
          ? t("assign.to", { name: current.name ?? "—" })
          : t("assign.nobody")}
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <SelectField
          label={t("assign.picker")}
          options={options}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          disabled={assign.isPending}
        />
        <Button
          variant="secondary"
          disabled={assign.isPending || choice === (current?.id ?? "")}
          onClick={() =>
            assign.mutate({ id: item.id, reviewerId: choice || null })
          }
        >
          {t("assign.submit")}
        </Button>
      </div>
      <FormError
        message={
          (assign.error && errorMessage(assign.error, t)) ||
          (reviewers.error &&
            t("assign.listFailed", {
              reason: errorMessage(reviewers.error, t),
            }))
        }
      />
    </div>
  )
}
