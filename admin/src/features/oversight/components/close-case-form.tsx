import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { EXIT_CRITERIA } from "@tianfu/domain"
import { CheckboxGroup } from "@/components/checkbox-group"
import { useCloseCase } from "../api/act-on-item"
import type { ExitCriterion } from "../api/types"
import { useApiSubmit } from "../hooks/use-api-submit"
import { reasonField } from "../utils/form-fields"
import { DecisionForm } from "./decision-form"

const schema = z.object({
  exit_criteria: z.array(z.enum(EXIT_CRITERIA)).min(1),
  reason: reasonField,
})
type CloseForm = { exit_criteria: ExitCriterion[]; reason: string }

// Closes an open case (风险消除): the exit criteria it met, one at least,
// and the reviewer's reason.
export function CloseCaseForm({ id }: { id: string }) {
  const { t } = useTranslation("oversight")
  const close = useCloseCase()
  const form = useForm<CloseForm>({
    resolver: zodResolver(schema),
    defaultValues: { exit_criteria: [], reason: "" },
  })
  const { submit, fieldError, formError, busy } = useApiSubmit(
    form,
    ["exit_criteria", "reason"],
    (values) => close.mutateAsync({ id, ...values })
  )
  return (
    <DecisionForm
      title={t("close.title")}
      onSubmit={submit}
      reason={{
        label: t("close.reason"),
        hint: t("close.reasonHint"),
        error: fieldError("reason", t("close.reasonHint")),
        ...form.register("reason"),
      }}
      submitLabel={t("close.submit")}
      formError={formError}
      busy={busy}
    >
      <CheckboxGroup
        legend={t("close.criteria")}
        options={EXIT_CRITERIA.map((value) => ({
          value,
          label: t(`exitCriterion.${value}`),
        }))}
        error={fieldError("exit_criteria", t("close.criteriaRequired"))}
        register={form.register("exit_criteria")}
      />
    </DecisionForm>
  )
}
