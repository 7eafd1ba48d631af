import { useTranslation } from "react-i18next"
import { LanguageSwitch } from "@/components/language-switch"

// The centred card the sign-in, registration and invite pages share.
export function AuthFrame({
  title,
  wide = false,
  children,
}: {
  title: string
  wide?: boolean
  children: React.ReactNode
}) {
  const { t } = useTranslation()
  return (
    <main className="flex min-h-screen flex-col items-center px-4 py-10">
      <div className={`w-full ${wide ? "max-w-2xl" : "max-w-sm"}`}>
        <div className="mb-6 flex items-center justify-between">
          <div>
            <p className="text-lg font-semibold text-emerald-800">
              {t("layout.brand")}
            </p>
            <p className="text-xs text-stone-500">{t("layout.consoleName")}</p>
          </div>
          <LanguageSwitch />
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-xl font-semibold">{title}</h1>
          {children}
        </div>
      </div>
    </main>
  )
}
