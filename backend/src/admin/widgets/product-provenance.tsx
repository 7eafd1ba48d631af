import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { useWords } from "../lib/words"

type Provenance = {
  cooperative: { name: string; handle: string }
  county: { code: string; name_zh: string; name_en: string } | null
  registered_households: number
  batches: {
    trace_code: string
    variant_title: string
    village: string
    harvested_at: string
    quantity: number
    unit: string
    registered_households: number
  }[]
}

// On a product's page: the cooperative that sells it (and whether it may),
// and the batches that stock it, oldest first — households counted, never
// named.
const ProductProvenanceWidget = ({
  data: product,
}: DetailWidgetProps<AdminProduct>) => {
  const w = useWords()
  const query = useQuery({
    queryKey: ["tianfu-product-provenance", product.id],
    queryFn: () =>
      sdk.client.fetch<{
        provenance: Provenance
        cooperative_status: "pending" | "approved" | "suspended" | null
      }>(`/admin/products/${product.id}/provenance`),
    retry: false,
  })
  const data = query.data
  return (
    <Container className="divide-y p-0" data-testid="tianfu-provenance">
      <div className="px-6 py-4">
        <Heading level="h2">{w("provenance")}</Heading>
      </div>
      {query.isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {w("loadFailed")}
        </Text>
      )}
      {data && (
        <div className="flex flex-col gap-2 px-6 py-4">
          <Text size="small" weight="plus">
            {data.provenance.cooperative.name}{" "}
            {data.cooperative_status && (
              <Badge
                size="2xsmall"
                color={data.cooperative_status === "approved" ? "green" : "red"}
              >
                {w(data.cooperative_status)}
              </Badge>
            )}
          </Text>
          {data.provenance.county && (
            <Text size="small" className="text-ui-fg-subtle">
              {data.provenance.county.name_zh} ({data.provenance.county.code})
            </Text>
          )}
          <Text size="small">
            {w("registeredHouseholds")}: {data.provenance.registered_households}
          </Text>
          {data.provenance.batches.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle">
              {w("noBatches")}
            </Text>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {data.provenance.batches.map((batch) => (
                <li key={batch.trace_code}>
                  <span className="font-mono">{batch.trace_code}</span> ·{" "}
                  {batch.variant_title} · {batch.quantity} {batch.unit} ·{" "}
                  {w("harvested")} {batch.harvested_at} · {batch.village} ·{" "}
                  {batch.registered_households}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductProvenanceWidget
