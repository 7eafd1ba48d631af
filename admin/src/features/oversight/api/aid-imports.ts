import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { api, type Page, uploadBody } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { AidImport, AidImportError } from "./types"

const BASE = "/bureau/aid/imports"

const running = (i?: AidImport) =>
  i?.status === "waiting" || i?.status === "running"

export function useAidImports(params: { offset: number; limit: number }) {
  return useQuery({
    queryKey: queryKeys.oversight.imports(params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ imports: AidImport[] } & Page>(BASE, { query: params }),
  })
}

// One aid list import, polled every second while its file is being read.
export function useAidImport(id: string | null) {
  return useQuery({
    queryKey: queryKeys.oversight.import(id ?? ""),
    enabled: !!id,
    queryFn: () =>
      api<{ import: AidImport }>(`${BASE}/${encodeURIComponent(id!)}`).then(
        (r) => r.import
      ),
    refetchInterval: (query) => (running(query.state.data) ? 1000 : false),
  })
}

export function useAidImportErrors(
  id: string | null,
  params: { offset: number; limit: number }
) {
  return useQuery({
    queryKey: queryKeys.oversight.errors(id ?? "", params),
    enabled: !!id,
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ errors: AidImportError[] } & Page>(
        `${BASE}/${encodeURIComponent(id!)}/errors`,
        { query: params }
      ),
  })
}

export const aidErrorsPath = (id: string) =>
  `${BASE}/${encodeURIComponent(id)}/errors`

// Opens an import, tells the caller its id (to poll it), then sends the
// file as the request body; answers the finished import. The same protocol
// as the registry's import.
export function useImportAidList() {
  return useMutation({
    mutationFn: async ({
      file,
      onOpened,
    }: {
      file: File
      onOpened: (id: string) => void
    }) => {
      const opened = await api<{ import: AidImport }>(BASE, {
        method: "POST",
        body: { filename: file.name },
      })
      onOpened(opened.import.id)
      return (
        await uploadBody<{ import: AidImport }>(
          `${BASE}/${encodeURIComponent(opened.import.id)}/file`,
          file,
          "text/csv"
        )
      ).import
    },
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: [...queryKeys.oversight.all, "imports"],
      }),
  })
}
