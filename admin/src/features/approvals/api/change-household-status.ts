import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { BureauHousehold, HouseholdStatus } from "./types"

// A household's poverty status from a given year (lifted, monitored,
// returned); the reports that group by status change with it.
export function useChangeHouseholdStatus() {
  return useMutation({
    mutationFn: ({
      id,
      status,
      year,
    }: {
      id: string
      status: HouseholdStatus
      year: number
    }) =>
      api<{ household: BureauHousehold }>(
        `/bureau/households/${encodeURIComponent(id)}/status`,
        { method: "POST", body: { status, year } }
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: queryKeys.bureauHouseholds.all,
        }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reports.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all }),
      ]),
  })
}
