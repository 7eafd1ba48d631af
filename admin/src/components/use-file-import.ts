import {
  keepPreviousData,
  type QueryKey,
  useMutation,
  useQuery,
} from "@tanstack/react-query"
import { api, type Page, type QueryParams, uploadBody } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"

// A file the bureau imports as the registry and aid lists are: opened with
// its name, sent as the request body (read by the backend as it arrives),
// the import polled while it reads, then the rows it refused by row and
// field, never by value.
export type FileImport = {
  id: string
  status: "waiting" | "running" | "completed" | "failed"
  rows_read: number
  rows_created: number
  rows_updated: number
  rows_unchanged: number
  rows_failed: number
  // The registry's only: households a later file no longer lists.
  rows_missing?: number
  failure: string | null
}

export type FileImportError = { row: number; field: string; reason: string }

// Where a kind of import lives: its route ("/bureau/aid/imports"), the
// query keys of one import and of its refused rows, and what a finished
// import changes.
export type ImportResource = {
  path: string
  key: {
    import: (id: string) => QueryKey
    errors: (id: string, params: QueryParams) => QueryKey
  }
  changes: QueryKey
}

export const importPath = (resource: ImportResource, id: string) =>
  `${resource.path}/${encodeURIComponent(id)}`

const reading = (i?: FileImport) =>
  i?.status === "waiting" || i?.status === "running"

// One import, polled every second while its file is being read.
export function useFileImport(resource: ImportResource, id: string | null) {
  return useQuery({
    queryKey: resource.key.import(id ?? ""),
    enabled: !!id,
    queryFn: () =>
      api<{ import: FileImport }>(importPath(resource, id!)).then(
        (r) => r.import
      ),
    refetchInterval: (query) => (reading(query.state.data) ? 1000 : false),
  })
}

export function useFileImportErrors(
  resource: ImportResource,
  id: string,
  params: { offset: number; limit: number }
) {
  return useQuery({
    queryKey: resource.key.errors(id, params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ errors: FileImportError[] } & Page>(
        `${importPath(resource, id)}/errors`,
        { query: params }
      ),
  })
}

// Opens an import, tells the caller its id (to poll it), then sends the
// file as the request body; answers the finished import.
export function useSendFile(resource: ImportResource) {
  return useMutation({
    mutationFn: async ({
      file,
      onOpened,
    }: {
      file: File
      onOpened: (id: string) => void
    }) => {
      const opened = await api<{ import: FileImport }>(resource.path, {
        method: "POST",
        body: { filename: file.name },
      })
      onOpened(opened.import.id)
      return (
        await uploadBody<{ import: FileImport }>(
          `${importPath(resource, opened.import.id)}/file`,
          file,
          "text/csv"
        )
      ).import
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: resource.changes }),
  })
}
