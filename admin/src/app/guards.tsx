import { Navigate, Outlet, useLocation } from "react-router"
import { useSession } from "../features/auth/hooks/use-session"
import { homeFor, type Actor } from "../lib/session"

// Only this actor's pages: signed out → login (and back here after), the
// other actor → their own console's home.
export function RequireActor({ actor }: { actor: Actor }) {
  const session = useSession()
  const location = useLocation()
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search)
    return <Navigate to={`/login?next=${next}`} replace />
  }
  if (session.actor !== actor) {
    return <Navigate to={homeFor(session.actor)} replace />
  }
  return <Outlet />
}

// The login and registration pages send a signed-in user home.
export function RedirectIfSignedIn() {
  const session = useSession()
  if (session) return <Navigate to={homeFor(session.actor)} replace />
  return <Outlet />
}
