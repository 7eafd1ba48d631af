import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { ImportResource } from "@/components/use-file-import"
import { api, type Page } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { AidImport } from "./types"

const BASE = "/bureau/aid/imports"

export function useAidImports(params: { offset: number; limit: number }) {
  return useQuery({
    queryKey: queryKeys.oversight.imports(params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ imports: AidImport[] } & Page>(BASE, { query: params }),
  })
}

// The aid lists' imports, read as the registry's are (FileImportPanel).
export const AID_IMPORTS: ImportResource = {
  path: BASE,
  key: {
    import: queryKeys.oversight.import,
    errors: queryKeys.oversight.errors,
  },
  changes: [...queryKeys.oversight.all, "imports"],
}
