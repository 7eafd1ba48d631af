import { useTranslation } from "react-i18next"

// Codes in the log turned into the reviewer's words; a code the console
// does not know yet is shown as it is.
export function useAuditWords() {
  const { t } = useTranslation("audit-log")
  return {
    action: (code: string) => t(`actions.${code}`, { defaultValue: code }),
    resourceType: (code: string) =>
      t(`resourceTypes.${code}`, { defaultValue: code }),
    field: (code: string) => t(`fields.${code}`, { defaultValue: code }),
  }
}
