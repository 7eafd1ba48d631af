import { zodResolver } from "@hookform/resolvers/zod"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { z } from "zod"
import { aidDate, chinaToday, SHOCK_KINDS } from "@tianfu/domain"
import { Button } from "@/components/button"
import { Dialog, DialogActions } from "@/components/dialog"
import {
  FormError,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/field"
import {
  type ShockEventInput,
  type ShockReporter,
  useRecordShockEvent,
} from "../api/shock-events"
import { useApiSubmit } from "../hooks/use-api-submit"
import { choiceOptions, requiredChoice } from "../utils/form-fields"
import { itemPath } from "../utils/item-path"

// A real day from 2013-01-01 to today in China, as the backend checks it.
const schema = z.object({
  kind: requiredChoice(SHOCK_KINDS),
  occurred_on: z.string().refine((v) => aidDate(v, chinaToday()) === v),
  description: z.string().trim().max(1000),
})
type ShockForm = Omit<ShockEventInput, "kind"> & {
  kind: ShockEventInput["kind"] | ""
}
// What the dialog says after: the case it opened or joined (a reviewer's),
// or only that it was reported (a cooperative's: it sees no case).
type Recorded = { caseId?: string; opened?: boolean }

// Illness, disability, disaster or an accident in the household: recorded
// by a reviewer ("记录突发事件") or reported by its cooperative ("报告突发
// 困难"), it opens a sudden-hardship case (or joins the household's open one).
export function ShockEventDialog({
  householdId,
  reporter,
  onClose,
}: {
  householdId: string
  reporter: ShockReporter
  onClose: () => void
}) {
  const { t } = useTranslation("oversight")
  const words = reporter === "bureau" ? "shock" : "hardship"
  const record = useRecordShockEvent(householdId, reporter)
  const [recorded, setRecorded] = useState<Recorded | null>(null)
  const form = useForm<ShockForm>({
    resolver: zodResolver(schema),
    defaultValues: { kind: "", occurred_on: chinaToday(), description: "" },
  })
  const { submit, fieldError, formError, busy } = useApiSubmit(
    form,
    ["kind", "occurred_on", "description"],
    async (values) => {
      const answer = await record.mutateAsync({
        ...values,
        kind: values.kind as ShockEventInput["kind"],
      })
      setRecorded({
        caseId: answer.shock_event.case_id,
        opened: answer.case_opened,
      })
    }
  )
  return (
    <Dialog
      title={t(`${words}.title`)}
      description={t(`${words}.help`)}
      onClose={onClose}
      busy={busy}
    >
      {recorded ? (
        <RecordedNote recorded={recorded} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <SelectField
            label={t("shock.kind")}
            options={choiceOptions(SHOCK_KINDS, "shockKind", t)}
            error={fieldError("kind", t("shock.kindRequired"))}
            {...form.register("kind")}
          />
          <TextField
            label={t("shock.occurredOn")}
            type="date"
            max={chinaToday()}
            error={fieldError("occurred_on", t("shock.dateError"))}
            {...form.register("occurred_on")}
          />
          <TextAreaField
            label={t("shock.descriptionOptional")}
            rows={3}
            error={fieldError("description", t("shock.descriptionError"))}
            {...form.register("description")}
          />
          <FormError message={formError} />
          <DialogActions
            confirmLabel={t(`${words}.submit`)}
            onCancel={onClose}
            busy={busy}
          />
        </form>
      )}
    </Dialog>
  )
}

function RecordedNote({
  recorded,
  onClose,
}: {
  recorded: Recorded
  onClose: () => void
}) {
  const { t } = useTranslation("oversight")
  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="text-sm text-emerald-800">
        {recorded.caseId ? (
          <>
            {recorded.opened ? t("shock.opened") : t("shock.joined")}{" "}
            <Link
              to={itemPath("case", recorded.caseId)}
              className="font-medium underline"
            >
              {t("shock.toCase")}
            </Link>
          </>
        ) : (
          t("hardship.reported")
        )}
      </p>
      <div className="flex justify-end">
        <Button onClick={onClose}>{t("common:actions.close")}</Button>
      </div>
    </div>
  )
}
