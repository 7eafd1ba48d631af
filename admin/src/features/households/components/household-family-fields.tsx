import type { UseFormRegisterReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { POVERTY_CAUSES } from "@tianfu/domain"
import { SelectField, TextField } from "@/components/field"

type FamilyField = "member_count" | "poverty_cause"

// The household's size and cause of poverty (one of the national
// categories), alike in the registration and the correction form.
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
      <SelectField
        label={t("fields.povertyCause")}
        hint={causeHint}
        error={fieldError("poverty_cause")}
        options={[
          { value: "", label: "—" },
          ...Object.keys(POVERTY_CAUSES).map((code) => ({
            value: code,
            label: t(`common:povertyCause.${code}`),
          })),
        ]}
        {...register("poverty_cause")}
      />
    </>
  )
}
