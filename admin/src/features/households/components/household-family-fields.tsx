import type { UseFormRegisterReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { TextAreaField, TextField } from "@/components/field"

type FamilyField = "member_count" | "poverty_cause"

// The household's size and cause of poverty, alike in the registration and
// the correction form.
export function HouseholdFamilyFields({
  register,
  fieldError,
  causeHint,
}: {
  register: (
    name: FamilyField,
    options?: { valueAsNumber: true }
  ) => UseFormRegisterReturn
  fieldError: (name: FamilyField) => string | undefined
  causeHint?: string
}) {
  const { t } = useTranslation("households")
  return (
    <>
      <TextField
        label={t("fields.memberCount")}
        type="number"
        min={1}
        max={30}
        error={fieldError("member_count")}
        {...register("member_count", { valueAsNumber: true })}
      />
      <div className="sm:col-span-2">
        <TextAreaField
          label={t("fields.povertyCause")}
          rows={2}
          hint={causeHint}
          error={fieldError("poverty_cause")}
          {...register("poverty_cause")}
        />
      </div>
    </>
  )
}
