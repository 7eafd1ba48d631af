import { type Column, DataTable } from "@/components/data-table"
import { QueryState } from "@/components/states"

// One page of a review queue (cooperatives, households, join requests):
// loading and error states, the table, an empty state, previous / next.
export function QueueTable<
  Data extends { count: number },
  Row extends { id: string },
>({
  query,
  rows,
  caption,
  empty,
  columns,
  offset,
  limit,
  onOffsetChange,
}: {
  query: {
    data: Data | undefined
    error: unknown
    isPending: boolean
    refetch: () => unknown
  }
  rows: (data: Data) => Row[]
  caption: string
  empty: string
  columns: Column<Row>[]
  offset: number
  limit: number
  onOffsetChange: (offset: number) => void
}) {
  return (
    <QueryState query={query}>
      {(data) => (
        <DataTable
          page={{ count: data.count, offset, limit, onChange: onOffsetChange }}
          nowrap
          caption={caption}
          rows={rows(data)}
          rowKey={(row) => row.id}
          empty={{ title: empty }}
          columns={columns}
        />
      )}
    </QueryState>
  )
}
