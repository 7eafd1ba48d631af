import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { SelectField, TextField } from "@/components/field"
import type { HouseholdChoice } from "../api/get-household-choices"
import { emptyContribution, type BatchFormValues } from "../utils/batch-form"
import {
  batchShares,
  formatShare,
  parseWholeNumber,
} from "../utils/batch-shares"
import { ContributionsTotal } from "./contributions-total"

// Who supplied how much of the batch: member households (masked) or other
// suppliers, each row's share of the batch shown as it is typed.
export function ContributionsEditor({
  form,
  households,
}: {
  form: UseFormReturn<BatchFormValues>
  households: HouseholdChoice[]
}) {
  const { t } = useTranslation("batches")
  const rows = useFieldArray({ control: form.control, name: "contributions" })
  const [contributions, quantity, unit] = useWatch({
    control: form.control,
    name: ["contributions", "quantity", "unit"],
  })
  const quantities = contributions.map((row) => parseWholeNumber(row.quantity))
  const shares = batchShares(parseWholeNumber(quantity), quantities)
  const errors = form.formState.errors.contributions
  const message = (key?: string) => (key ? t(`errors.${key}`) : undefined)
  const householdOptions = [
    { value: "", label: t("contributions.chooseHousehold") },
    ...households.map((h) => ({
      value: h.id,
      label: `${h.registry_number} · ${h.head_name} · ${h.village}`,
    })),
  ]

  return (
    <div className="flex flex-col gap-3">
      {rows.fields.length === 0 && (
        <p className="text-sm text-stone-500">{t("contributions.none")}</p>
      )}
      {rows.fields.map((field, index) => {
        const n = index + 1
        const row = contributions[index]
        return (
          <div
            key={field.id}
            className="grid items-end gap-3 rounded-md border border-stone-200 p-3 sm:grid-cols-[2fr_1fr_auto_auto]"
          >
            {row?.kind === "supplier" ? (
              <TextField
                label={t("contributions.supplier", { n })}
                error={message(errors?.[index]?.supplier_name?.message)}
                {...form.register(`contributions.${index}.supplier_name`)}
              />
            ) : (
              <SelectField
                label={t("contributions.household", { n })}
                options={householdOptions}
                error={message(errors?.[index]?.household_id?.message)}
                {...form.register(`contributions.${index}.household_id`)}
              />
            )}
            <TextField
              label={t("contributions.quantity", { n })}
              inputMode="numeric"
              error={message(errors?.[index]?.quantity?.message)}
              {...form.register(`contributions.${index}.quantity`)}
            />
            <p className="pb-2 text-sm">
              <span className="text-stone-500">
                {t("contributions.share", { n })}
              </span>{" "}
              <output
                className="font-semibold tabular-nums text-stone-900"
                aria-label={t("contributions.share", { n })}
              >
                {formatShare(shares[index] ?? null)}
              </output>
            </p>
            <Button variant="ghost" small onClick={() => rows.remove(index)}>
              {t("contributions.remove", { n })}
            </Button>
          </div>
        )
      })}
      <ContributionsTotal
        quantities={quantities}
        batchQuantity={parseWholeNumber(quantity)}
        unit={unit}
        error={message(errors?.root?.message ?? errors?.message)}
      />
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          small
          onClick={() => rows.append(emptyContribution("household"))}
        >
          {t("contributions.addHousehold")}
        </Button>
        <Button
          variant="secondary"
          small
          onClick={() => rows.append(emptyContribution("supplier"))}
        >
          {t("contributions.addSupplier")}
        </Button>
      </div>
    </div>
  )
}
