import { Button, Text } from "@medusajs/ui"
import { useWords } from "../lib/words"

// "1–20 / 45" with previous / next, for our offset-paged /app lists.
export function Pager({
  offset,
  limit,
  count,
  onChange,
}: {
  offset: number
  limit: number
  count: number
  onChange: (offset: number) => void
}) {
  const w = useWords()
  return (
    <div className="flex items-center justify-between px-6 py-3">
      <Text size="small" className="text-ui-fg-subtle">
        {count
          ? `${offset + 1}–${Math.min(offset + limit, count)} / ${count}`
          : ""}
      </Text>
      <div className="flex gap-2">
        <Button
          size="small"
          variant="secondary"
          disabled={offset === 0}
          onClick={() => onChange(Math.max(0, offset - limit))}
        >
          {w("previous")}
        </Button>
        <Button
          size="small"
          variant="secondary"
          disabled={offset + limit >= count}
          onClick={() => onChange(offset + limit)}
        >
          {w("next")}
        </Button>
      </div>
    </div>
  )
}
