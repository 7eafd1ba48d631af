import "./lib/zod-jitless"
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { Providers } from "./app/providers"
import { initI18n } from "./i18n"
import "./styles.css"

const container = document.getElementById("root")
if (container) {
  // The first screen needs its words: load the language, then render.
  void initI18n().then(() => {
    createRoot(container).render(
      <StrictMode>
        <Providers />
      </StrictMode>
    )
  })
}
