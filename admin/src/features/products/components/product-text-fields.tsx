import type { UseFormRegisterReturn } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { TextAreaField, TextField } from "@/components/field"

type TextName =
  "title" | "title_en" | "subtitle" | "description" | "description_en"

// The product's title, subtitle and description in zh and en, for the create
// and edit forms; `children` (handle or status) sits beside the subtitle.
// `field` registers a name with the caller's form and gives its error.
export function ProductTextFields({
  field,
  children,
}: {
  field: (name: TextName) => UseFormRegisterReturn & { error?: string }
  children?: React.ReactNode
}) {
  const { t } = useTranslation("products")
  return (
    <>
      <TextField label={t("fields.title")} {...field("title")} />
      <TextField label={t("fields.titleEn")} lang="en" {...field("title_en")} />
      <TextField label={t("fields.subtitle")} {...field("subtitle")} />
      {children}
      <TextAreaField
        label={t("fields.description")}
        {...field("description")}
      />
      <TextAreaField
        label={t("fields.descriptionEn")}
        lang="en"
        {...field("description_en")}
      />
    </>
  )
}
