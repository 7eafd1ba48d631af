import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { api, type Page } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { OversightRun } from "./types"

const BASE = "/bureau/oversight/runs"

export function useOversightRuns(params: { offset: number; limit: number }) {
  return useQuery({
    queryKey: queryKeys.oversight.runs(params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ runs: OversightRun[] } & Page>(BASE, { query: params }),
  })
}

// One run, polled every second while it runs; once it has finished, what
// it found is in the queues: they (and the summary) are fetched again.
export function useOversightRun(id: string | null) {
  return useQuery({
    queryKey: queryKeys.oversight.run(id ?? ""),
    enabled: !!id,
    queryFn: async () => {
      const { run } = await api<{ run: OversightRun }>(
        `${BASE}/${encodeURIComponent(id!)}`
      )
      if (run.status !== "running") {
        await queryClient.invalidateQueries({
          queryKey: [...queryKeys.oversight.all, "runs"],
        })
        await queryClient.invalidateQueries({
          queryKey: [...queryKeys.oversight.all, "queue"],
        })
        await queryClient.invalidateQueries({
          queryKey: [...queryKeys.oversight.all, "summary"],
        })
      }
      return run
    },
    refetchInterval: (query) =>
      query.state.data?.status === "running" ? 1000 : false,
  })
}

// Runs the rules over the reviewer's jurisdiction now (this year unless
// told); a run already under way is a 409.
export function useStartOversightRun() {
  return useMutation({
    mutationFn: (year?: number) =>
      api<{ run: OversightRun }>(BASE, {
        method: "POST",
        body: year ? { year } : {},
      }).then((r) => r.run),
    onSuccess: (run) => {
      queryClient.setQueryData(queryKeys.oversight.run(run.id), run)
      return queryClient.invalidateQueries({
        queryKey: [...queryKeys.oversight.all, "runs"],
      })
    },
  })
}
