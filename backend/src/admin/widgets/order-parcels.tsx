import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"
import { useWords } from "../lib/words"

type Status =
  | "awaiting_shipment"
  | "partially_shipped"
  | "shipped"
  | "partially_delivered"
  | "delivered"
  | "canceled"
type Parcels = {
  shipping_status: Status
  words: Record<Status, { zh: string; en: string }>
  carriers: Record<string, { zh: string; en: string }>
  parcels: {
    cooperative: { name: string; handle: string } | null
    shipping_status: Status
    lines: { id: string; title: string | null; quantity: number }[]
    shipments: {
      id: string
      carrier: string | null
      tracking_number: string | null
      tracking_url: string | null
      shipped_at: string | null
      delivered_at: string | null
    }[]
  }[]
}

const COLOR: Record<Status, "orange" | "blue" | "green" | "grey"> = {
  awaiting_shipment: "orange",
  partially_shipped: "blue",
  shipped: "blue",
  partially_delivered: "blue",
  delivered: "green",
  canceled: "grey",
}

// On an order's page: its parcels, one per cooperative, with the status in
// the words the cooperative's console and the shopper's account use (the
// dashboard's own status reads "shipped" once any one cooperative has).
const OrderParcelsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const w = useWords()
  const { i18n } = useTranslation()
  const zh = i18n.language.startsWith("zh")
  const query = useQuery({
    queryKey: ["tianfu-order-parcels", order.id],
    queryFn: () =>
      sdk.client.fetch<Parcels>(`/admin/orders/${order.id}/shipments`),
  })
  const data = query.data
  const words = (status: Status) =>
    data ? (zh ? data.words[status].zh : data.words[status].en) : status
  return (
    <Container className="divide-y p-0" data-testid="tianfu-parcels">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{w("parcels")}</Heading>
        {data && (
          <Badge size="2xsmall" color={COLOR[data.shipping_status]}>
            {words(data.shipping_status)}
          </Badge>
        )}
      </div>
      {query.isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error">
          {w("loadFailed")}
        </Text>
      )}
      {data?.parcels.map((parcel, index) => (
        <div key={parcel.cooperative?.handle ?? index} className="px-6 py-3">
          <div className="flex items-center justify-between gap-2">
            <Text size="small" weight="plus">
              {parcel.cooperative?.name ?? "—"}
            </Text>
            <Badge size="2xsmall" color={COLOR[parcel.shipping_status]}>
              {words(parcel.shipping_status)}
            </Badge>
          </div>
          {parcel.shipments.map((shipment) => (
            <Text key={shipment.id} size="xsmall" className="text-ui-fg-subtle">
              {shipment.carrier && data
                ? (data.carriers[shipment.carrier]?.[zh ? "zh" : "en"] ??
                  shipment.carrier)
                : null}
              {shipment.tracking_number && " · "}
              {shipment.tracking_url ? (
                <a
                  href={shipment.tracking_url}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="underline"
                >
                  {shipment.tracking_number}
                </a>
              ) : (
                shipment.tracking_number
              )}
            </Text>
          ))}
          {parcel.lines.map((line) => (
            <Text key={line.id} size="xsmall">
              {line.title} × {line.quantity}
            </Text>
          ))}
        </div>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderParcelsWidget
