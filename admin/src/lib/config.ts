// Where the backend and the shop live, as the serving process wrote them.
const runtime = window.__TIANFU_CONSOLE__

export const config = {
  backendUrl: (runtime?.backendUrl || "http://localhost:9000").replace(
    /\/$/,
    ""
  ),
  publishableKey: runtime?.publishableKey || "",
  storefrontUrl: runtime?.storefrontUrl || "http://localhost:8000",
}
