import type { Tone } from "@/components/status-badge"
import type { CaseStatus, FlagStatus } from "../api/types"

export const ITEM_TONE: Record<FlagStatus | CaseStatus, Tone> = {
  open: "amber",
  resolved: "green",
  cleared: "grey",
  closed: "green",
}
