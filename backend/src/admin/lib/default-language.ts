// This store's dashboard speaks Chinese unless the operator chose otherwise:
// Medusa's dashboard reads its language from the `lng` cookie or local
// storage and falls back to English, so the first visit gets its zh-CN
// translation ("zhCN"). Imported for its effect by every extension, whose
// modules load before the dashboard starts i18next.
const chosen =
  document.cookie.split("; ").some((c) => c.startsWith("lng=")) ||
  window.localStorage.getItem("lng") !== null
if (!chosen) window.localStorage.setItem("lng", "zhCN")
