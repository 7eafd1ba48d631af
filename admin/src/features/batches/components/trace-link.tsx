import { useTranslation } from "react-i18next"
import { config } from "@/lib/config"

export function traceUrl(code: string) {
  return `${config.storefrontUrl.replace(/\/$/, "")}/t/${code}`
}

// The public trace page a phone opens from the QR label.
export function TraceLink({ code }: { code: string }) {
  const { t } = useTranslation("batches")
  const url = traceUrl(code)
  return (
    <p className="mt-4 text-sm">
      <span className="text-stone-500">{t("detail.publicLink")} </span>
      <a
        href={url}
        target="_blank"
        rel="noreferrer"
        className="break-all font-medium text-emerald-800 underline"
      >
        {url}
      </a>
    </p>
  )
}
