import type { OversightKind } from "../api/types"

// The console's address of one flag or case: its queue, every status, the
// item open in the drawer.
export const itemPath = (kind: OversightKind, id: string) =>
  `/bureau/oversight/${kind === "flag" ? "flags" : "cases"}?status=all&${kind}=${encodeURIComponent(id)}`
