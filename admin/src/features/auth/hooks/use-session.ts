import { useSyncExternalStore } from "react"
import { readSession, subscribeSession } from "@/lib/session"

let cached = readSession()
let cachedKey = JSON.stringify(cached)

function snapshot() {
  const current = readSession()
  const key = JSON.stringify(current)
  if (key !== cachedKey) {
    cached = current
    cachedKey = key
  }
  return cached
}

// The signed-in user's session, re-rendering on sign-in and sign-out.
export function useSession() {
  return useSyncExternalStore(subscribeSession, snapshot)
}
