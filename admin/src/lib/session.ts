// The signed-in console user: a bearer token and the actor type it was
// issued for. Kept in localStorage so a reload stays signed in; a 401 from
// the backend clears it (see api-client.ts).
export type Actor = "cooperative_user" | "bureau_user"

export type Session = { token: string; actor: Actor }

const KEY = "tianfu_console_session"
const listeners = new Set<() => void>()

export function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY)
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<Session>
    if (
      typeof parsed.token === "string" &&
      (parsed.actor === "cooperative_user" || parsed.actor === "bureau_user")
    ) {
      return { token: parsed.token, actor: parsed.actor }
    }
  } catch {
    // A corrupt entry is the same as none.
  }
  return null
}

export function writeSession(session: Session | null) {
  if (session) localStorage.setItem(KEY, JSON.stringify(session))
  else localStorage.removeItem(KEY)
  listeners.forEach((listener) => listener())
}

export function subscribeSession(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

// Where each actor's console starts.
export function homeFor(actor: Actor) {
  return actor === "cooperative_user" ? "/coop" : "/bureau"
}
