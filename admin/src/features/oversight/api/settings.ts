import { useMutation, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { OversightSettings, OversightSettingsAnswer } from "./types"

const PATH = "/bureau/oversight/settings"

export type SettingKey = keyof OversightSettings

// A change to the jurisdiction's settings: a value sets it, null puts it
// back to what holds above (the city's, the province's or the default).
export type SettingsChange = {
  [K in SettingKey]?: OversightSettings[K] | null
}

export function useOversightSettings() {
  return useQuery({
    queryKey: queryKeys.oversight.settings(),
    queryFn: () => api<OversightSettingsAnswer>(PATH),
  })
}

// Answers the settings as GET does; the cache takes the answer at once.
export function useChangeOversightSettings() {
  return useMutation({
    mutationFn: (change: SettingsChange) =>
      api<OversightSettingsAnswer>(PATH, { method: "POST", body: change }),
    onSuccess: (answer) => {
      queryClient.setQueryData(queryKeys.oversight.settings(), answer)
      return queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all })
    },
  })
}
