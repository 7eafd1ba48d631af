import { zodResolver } from "@hookform/resolvers/zod"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { type Column, DataTable } from "@/components/data-table"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, TextAreaField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { errorMessage } from "@/lib/api-error-message"
import {
  type MissingHousehold,
  useConfirmMissing,
  useMissingHouseholds,
} from "../api/registry"

const LIMIT = 20
type Decision = "removed" | "kept"

// Households a later registry file left out: the reviewer confirms each —
// removed from the registry, or kept (the file missed it) — with a reason.
export function MissingHouseholdsPanel() {
  const { t, i18n } = useTranslation("registry")
  const [offset, setOffset] = useState(0)
  const [deciding, setDeciding] = useState<{
    household: MissingHousehold
    decision: Decision
  } | null>(null)
  const query = useMissingHouseholds({ offset, limit: LIMIT })
  const columns: Column<MissingHousehold>[] = [
    {
      key: "registry",
      header: t("missing.registry"),
      cell: (h) => h.registry_number,
    },
    { key: "head", header: t("missing.head"), cell: (h) => h.head_name },
    {
      key: "place",
      header: t("missing.place"),
      cell: (h) => `${h.township} · ${h.village}`,
    },
    {
      key: "since",
      header: t("missing.since"),
      cell: (h) => new Date(h.missing_since).toLocaleDateString(i18n.language),
    },
    {
      key: "decide",
      header: t("missing.decide"),
      cell: (h) => (
        <span className="flex gap-2">
          <Button
            small
            variant="secondary"
            onClick={() => setDeciding({ household: h, decision: "kept" })}
          >
            {t("missing.kept")}
          </Button>
          <Button
            small
            variant="danger"
            onClick={() => setDeciding({ household: h, decision: "removed" })}
          >
            {t("missing.removed")}
          </Button>
        </span>
      ),
    },
  ]
  return (
    <Panel title={t("missing.title")}>
      <QueryState query={query}>
        {(data) => (
          <DataTable
            page={{
              count: data.count,
              offset,
              limit: LIMIT,
              onChange: setOffset,
            }}
            caption={t("missing.title")}
            rows={data.households}
            rowKey={(h) => h.household_id}
            empty={{ title: t("missing.empty"), hint: t("missing.emptyHint") }}
            columns={columns}
          />
        )}
      </QueryState>
      {deciding && (
        <ConfirmDialog {...deciding} onClose={() => setDeciding(null)} />
      )}
    </Panel>
  )
}

const schema = z.object({ reason: z.string().trim().min(2).max(500) })

function ConfirmDialog({
  household,
  decision,
  onClose,
}: {
  household: MissingHousehold
  decision: Decision
  onClose: () => void
}) {
  const { t } = useTranslation("registry")
  const confirm = useConfirmMissing()
  const form = useForm<{ reason: string }>({
    resolver: zodResolver(schema),
    defaultValues: { reason: "" },
  })
  const submit = form.handleSubmit(async ({ reason }) => {
    await confirm.mutateAsync({ id: household.household_id, decision, reason })
    onClose()
  })
  const busy = form.formState.isSubmitting
  return (
    <Dialog
      title={t(`missing.${decision}Title`)}
      description={`${household.registry_number} · ${household.head_name}`}
      onClose={onClose}
      busy={busy}
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextAreaField
          label={t("missing.reason")}
          rows={3}
          error={form.formState.errors.reason && t("missing.reasonHint")}
          hint={t("missing.reasonHint")}
          {...form.register("reason")}
        />
        <FormError message={confirm.error && errorMessage(confirm.error, t)} />
        <DialogActions
          confirmLabel={t(`missing.${decision}`)}
          onCancel={onClose}
          busy={busy}
          variant={decision === "kept" ? "primary" : "danger"}
        />
      </form>
    </Dialog>
  )
}
