import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { AssignableReviewer } from "./types"

// The reviewers an item of the caller's jurisdiction can go to: the
// jurisdiction's own, those above it and those inside it (a picker keeps
// those whose jurisdiction covers the item's county). Changes seldom.
export function useReviewers() {
  return useQuery({
    queryKey: queryKeys.oversight.reviewers(),
    queryFn: () =>
      api<{ reviewers: AssignableReviewer[] }>("/bureau/reviewers"),
    select: (data) => data.reviewers,
    staleTime: 5 * 60_000,
  })
}
