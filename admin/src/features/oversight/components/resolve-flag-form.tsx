import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FLAG_RESOLUTIONS } from "@tianfu/domain"
import { SelectField } from "@/components/field"
import { useResolveFlag } from "../api/act-on-item"
import type { FlagResolution } from "../api/types"
import { useApiSubmit } from "../hooks/use-api-submit"
import {
  choiceOptions,
  reasonField,
  requiredChoice,
} from "../utils/form-fields"
import { DecisionForm } from "./decision-form"

const schema = z.object({
  resolution: requiredChoice(FLAG_RESOLUTIONS),
  reason: reasonField,
})
type ResolveForm = { resolution: FlagResolution | ""; reason: string }

// Resolves an open flag: what the reviewer found (from a list) and why.
export function ResolveFlagForm({ id }: { id: string }) {
  const { t } = useTranslation("oversight")
  const resolve = useResolveFlag()
  const form = useForm<ResolveForm>({
    resolver: zodResolver(schema),
    defaultValues: { resolution: "", reason: "" },
  })
  const { submit, fieldError, formError, busy } = useApiSubmit(
    form,
    ["resolution", "reason"],
    ({ resolution, reason }) =>
      resolve.mutateAsync({
        id,
        resolution: resolution as FlagResolution,
        reason,
      })
  )
  return (
    <DecisionForm
      title={t("resolve.title")}
      onSubmit={submit}
      reason={{
        label: t("resolve.reason"),
        hint: t("resolve.reasonHint"),
        error: fieldError("reason", t("resolve.reasonHint")),
        ...form.register("reason"),
      }}
      submitLabel={t("resolve.submit")}
      formError={formError}
      busy={busy}
    >
      <SelectField
        label={t("resolve.resolution")}
        options={choiceOptions(FLAG_RESOLUTIONS, "resolution", t)}
        error={fieldError("resolution", t("resolve.resolutionRequired"))}
        {...form.register("resolution")}
      />
    </DecisionForm>
  )
}
