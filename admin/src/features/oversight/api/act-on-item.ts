import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import { ITEM_PATH } from "./get-item"
import type {
  CaseDetail,
  ExitCriterion,
  FlagDetail,
  FlagResolution,
  OversightKind,
} from "./types"

// Every step answers the item as it now is: it replaces the cached detail
// at once; the queues, the summary and the household's streams refetch.
function act(kind: OversightKind, id: string, action: string, body: object) {
  return api<{ flag?: FlagDetail; case?: CaseDetail }>(
    `${ITEM_PATH[kind]}/${encodeURIComponent(id)}/${action}`,
    { method: "POST", body }
  )
}

async function settle(
  kind: OversightKind,
  id: string,
  answer: { flag?: FlagDetail; case?: CaseDetail }
) {
  queryClient.setQueryData(queryKeys.oversight.item(kind, id), answer)
  await Promise.all([
    queryClient.invalidateQueries({
      queryKey: [...queryKeys.oversight.all, "queue"],
    }),
    queryClient.invalidateQueries({
      queryKey: [...queryKeys.oversight.all, "summary"],
    }),
    queryClient.invalidateQueries({
      queryKey: [...queryKeys.oversight.all, "streams"],
    }),
    queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all }),
  ])
}

// Assigns the item to a reviewer whose jurisdiction covers its county (a
// 400 naming bureau_user_id otherwise), or to nobody (null).
export function useAssignItem(kind: OversightKind) {
  return useMutation({
    mutationFn: ({
      id,
      reviewerId,
    }: {
      id: string
      reviewerId: string | null
    }) => act(kind, id, "assign", { bureau_user_id: reviewerId }),
    onSuccess: (answer, { id }) => settle(kind, id, answer),
  })
}

export function useCommentOnItem(kind: OversightKind) {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: string }) =>
      act(kind, id, "comments", { body: body.trim() }),
    onSuccess: (answer, { id }) => settle(kind, id, answer),
  })
}

// Resolves an open flag with a resolution and the reviewer's reason.
export function useResolveFlag() {
  return useMutation({
    mutationFn: ({
      id,
      resolution,
      reason,
    }: {
      id: string
      resolution: FlagResolution
      reason: string
    }) => act("flag", id, "resolve", { resolution, reason: reason.trim() }),
    onSuccess: (answer, { id }) => settle("flag", id, answer),
  })
}

// Closes an open case with the exit criteria it met (one at least).
export function useCloseCase() {
  return useMutation({
    mutationFn: ({
      id,
      exit_criteria,
      reason,
    }: {
      id: string
      exit_criteria: ExitCriterion[]
      reason: string
    }) => act("case", id, "close", { exit_criteria, reason: reason.trim() }),
    onSuccess: (answer, { id }) => settle("case", id, answer),
  })
}
