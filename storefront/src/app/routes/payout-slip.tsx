import type { MetaFunction } from "react-router"
import { useParams } from "react-router"
import { PayoutSlipCard } from "@/features/payout-slip/components/payout-slip-card"
import { pageMeta } from "@/lib/meta"

export const meta: MetaFunction = () => [
  ...pageMeta("收款确认 Payout confirmation"),
  // A slip's link is a key: never indexed, never sent on as a referrer.
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "no-referrer" },
]

// The page a payout slip's QR code opens (no sign-in): the household, or
// the village's first secretary for it, confirms the money or disputes it.
export default function PayoutSlipPage() {
  const { token = "" } = useParams()
  return <PayoutSlipCard token={token} />
}
