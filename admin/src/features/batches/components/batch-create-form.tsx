import { zodResolver } from "@hookform/resolvers/zod"
import { useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import { ButtonLink } from "@/components/button"
import { Panel } from "@/components/page-header"
import { EmptyState, ErrorState, LoadingState } from "@/components/states"
import { FormFooter } from "@/components/form-footer"
import { useCreateBatch } from "../api/create-batch"
import { useHouseholdChoices } from "../api/get-household-choices"
import { useVariantChoices } from "../api/get-variant-choices"
import {
  batchFormDefaults,
  BatchFormSchema,
  beijingToday,
  toCreateBatchBody,
  type BatchFormValues,
} from "../utils/batch-form"
import { parseWholeNumber } from "../utils/batch-shares"
import { BatchFactsFields } from "./batch-facts-fields"
import { ContributionsEditor } from "./contributions-editor"
import { InspectionFields } from "./inspection-fields"

// Records a harvest batch with who supplied it; on success, its page.
export function BatchCreateForm() {
  const { t } = useTranslation("batches")
  const navigate = useNavigate()
  const variants = useVariantChoices()
  const households = useHouseholdChoices()
  const create = useCreateBatch()
  const form = useForm<BatchFormValues>({
    resolver: zodResolver(BatchFormSchema),
    defaultValues: batchFormDefaults(beijingToday()),
  })
  const [contributions, quantity] = useWatch({
    control: form.control,
    name: ["contributions", "quantity"],
  })
  const batchQuantity = parseWholeNumber(quantity)
  const contributed = contributions.reduce(
    (sum, row) => sum + (parseWholeNumber(row.quantity) || 0),
    0
  )
  const exceeds = batchQuantity > 0 && contributed > batchQuantity

  if (variants.isPending || households.isPending) return <LoadingState />
  const failed = variants.error ?? households.error
  if (failed) {
    return (
      <ErrorState
        error={failed}
        onRetry={() => {
          void variants.refetch()
          void households.refetch()
        }}
      />
    )
  }
  if (!variants.data?.length) {
    return (
      <EmptyState
        title={t("form.noVariants")}
        hint={t("form.noVariantsHint")}
        action={
          <ButtonLink to="/coop/products">{t("form.toProducts")}</ButtonLink>
        }
      />
    )
  }

  const submit = form.handleSubmit(async (values) => {
    const { batch } = await create.mutateAsync(toCreateBatchBody(values))
    navigate(`/coop/batches/${batch.id}`)
  })

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <Panel title={t("form.facts")}>
        <BatchFactsFields form={form} variants={variants.data} />
      </Panel>
      <Panel title={t("form.inspection")}>
        <InspectionFields form={form} />
      </Panel>
      <Panel title={t("form.contributions")}>
        <p className="mb-3 text-sm text-stone-600">
          {t("form.contributionsHint")}
        </p>
        <ContributionsEditor form={form} households={households.data ?? []} />
      </Panel>
      <FormFooter
        error={create.error}
        busy={form.formState.isSubmitting}
        disabled={exceeds}
        label={t("form.submit")}
        busyLabel={t("form.submitting")}
      />
    </form>
  )
}
