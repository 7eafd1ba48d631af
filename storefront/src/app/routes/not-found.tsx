import type { MetaFunction } from "react-router"
import { RouteError } from "@/components/route-error"
import { pageMeta } from "@/lib/meta"

// Any URL no route matches: a real 404 status, not a 200 with an apology.
export function loader() {
  throw new Response("Not found", { status: 404 })
}

export const meta: MetaFunction = () => pageMeta("404")

export default function NotFoundPage() {
  return <RouteError error={new Response(null, { status: 404 })} />
}
