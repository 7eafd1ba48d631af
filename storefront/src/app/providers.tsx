import { QueryClientProvider } from "@tanstack/react-query"
import { useEffect, useState, type ReactNode } from "react"
import { I18nextProvider } from "react-i18next"
import { createI18n, type Language, type Messages } from "../i18n"
import type { PublicEnv, RegionSummary } from "../lib/env"
import { createQueryClient } from "../lib/query-client"
import { ShopContext } from "../lib/shop-context"

type Props = {
  env: PublicEnv
  region: RegionSummary | null
  language: Language
  messages: Messages
  children: ReactNode
}

export function AppProviders({
  env,
  region,
  language,
  messages,
  children,
}: Props) {
  const [queryClient] = useState(createQueryClient)
  const [i18n] = useState(() => createI18n(language, messages))
  const [shop] = useState(() => ({ env, region }))
  useEffect(() => {
    const sync = (lng: string) => {
      document.documentElement.lang = lng
    }
    i18n.on("languageChanged", sync)
    return () => i18n.off("languageChanged", sync)
  }, [i18n])
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ShopContext.Provider value={shop}>{children}</ShopContext.Provider>
      </I18nextProvider>
    </QueryClientProvider>
  )
}
