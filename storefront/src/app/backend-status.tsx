import { useEffect, useState } from "react"

type Status = "checking" | "up" | "down"

const backendUrl =
  import.meta.env.VITE_MEDUSA_BACKEND_URL ?? "http://localhost:9000"

// Shell-only: shows whether the backend answers until the real shop lands.
export function BackendStatus() {
  const [status, setStatus] = useState<Status>("checking")
  useEffect(() => {
    const controller = new AbortController()
    fetch(`${backendUrl}/health`, { signal: controller.signal })
      .then((response) => setStatus(response.ok ? "up" : "down"))
      .catch(() => {
        if (!controller.signal.aborted) setStatus("down")
      })
    return () => controller.abort()
  }, [])
  const label = {
    checking: "正在连接后端 · Connecting to the backend…",
    up: "后端已连接 · Backend is up",
    down: "后端无法连接 · Backend unreachable",
  }[status]
  return (
    <p role="status" data-status={status}>
      {label}
    </p>
  )
}
