import { useState } from "react"
import type { Paging } from "./data-table"

// An offset-paged list's state: where it is, and the `page` prop for
// <DataTable> once the total is known.
export function useOffsetPaging(limit = 20) {
  const [offset, setOffset] = useState(0)
  return {
    offset,
    limit,
    setOffset,
    paging: (count: number): Paging => ({
      count,
      offset,
      limit,
      onChange: setOffset,
    }),
  }
}
