import { Heading, Text } from "@medusajs/ui"
import { useWords } from "../lib/words"

// The top of each of our /app pages: its title, what it is for, and any
// filters or form under them.
export function PageHeading({
  title,
  hint,
  children,
}: {
  title: string
  hint: string
  children?: React.ReactNode
}) {
  return (
    <div className="flex flex-col gap-2 px-6 py-4">
      <Heading level="h1">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {hint}
      </Text>
      {children}
    </div>
  )
}

// The one way our pages say a read failed.
export function LoadFailed({ failed }: { failed: boolean }) {
  const w = useWords()
  if (!failed) return null
  return <Text className="px-6 py-4 text-ui-fg-error">{w("loadFailed")}</Text>
}
