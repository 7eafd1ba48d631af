import { useEffect, useState } from "react"

type Status = "checking" | "up" | "down"

const backendUrl =
  import.meta.env.VITE_MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const publishableKey = import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY ?? ""

// Shell-only: proves the storefront reaches the store API with its
// publishable key (and CORS) until the real shop lands.
export function BackendStatus() {
  const [status, setStatus] = useState<Status>("checking")
  useEffect(() => {
    const controller = new AbortController()
    fetch(`${backendUrl}/store/regions`, {
      signal: controller.signal,
      headers: { "x-publishable-api-key": publishableKey },
    })
      .then((response) => setStatus(response.ok ? "up" : "down"))
      .catch(() => {
        if (!controller.signal.aborted) setStatus("down")
      })
    return () => controller.abort()
  }, [])
  const label = {
    checking: "正在连接商店接口 · Connecting to the store API…",
    up: "商店接口已连接 · Store API is up",
    down: "商店接口无法连接 · Store API unreachable",
  }[status]
  return (
    <p role="status" data-status={status}>
      {label}
    </p>
  )
}
