import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { downloadAttachment } from "@/lib/api-client"
import { errorMessage } from "@/lib/api-error-message"

// Downloads an evidence document (a receipt, a signed agreement) through
// the caller's own route: the cooperative's /vendor one, a reviewer's
// /bureau one. Files are never linked directly: each read is checked.
export function DocumentLink({
  id,
  audience,
  label,
}: {
  id: string
  audience: "vendor" | "bureau"
  label?: string
}) {
  const { t } = useTranslation("linkage")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open = async () => {
    setBusy(true)
    setError(null)
    try {
      await downloadAttachment(
        `/${audience}/documents/${encodeURIComponent(id)}/file`,
        "document"
      )
    } catch (failure) {
      setError(errorMessage(failure, t))
    } finally {
      setBusy(false)
    }
  }
  return (
    <span className="inline-flex flex-col">
      <Button small variant="secondary" onClick={open} disabled={busy}>
        {busy ? t("documents.opening") : (label ?? t("documents.open"))}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  )
}

// What a document field accepts (the backend reads the type from the
// bytes; this only narrows the picker).
export const DOCUMENT_ACCEPT = "application/pdf,image/png,image/jpeg,image/webp"
