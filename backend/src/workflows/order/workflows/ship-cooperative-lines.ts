import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
} from "@medusajs/medusa/core-flows"
import { type CarrierCode, trackingUrl } from "@tianfu/domain"

export type ShipCooperativeLinesInput = {
  order_id: string
  items: { id: string; quantity: number }[]
  location_id: string | null
  created_by: string
  cooperative_id: string
  carrier: CarrierCode
  tracking_number: string | null
}

// A cooperative hands its lines to a carrier: Medusa's fulfilment from the
// cooperative's stock location (the carrier and cooperative in its
// metadata), then Medusa's shipment with the waybill as its label, so the
// order reads "shipped" everywhere Medusa's status is shown. Both are
// Medusa's workflows run as steps: a shipment that fails undoes the
// fulfilment.
export const shipCooperativeLinesWorkflow = createWorkflow(
  "ship-cooperative-lines",
  (input: ShipCooperativeLinesInput) => {
    const fulfillmentInput = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      items: input.items,
      location_id: input.location_id,
      created_by: input.created_by,
      metadata: {
        carrier: input.carrier,
        cooperative_id: input.cooperative_id,
      },
    }))
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: fulfillmentInput,
    })
    const shipmentInput = transform(
      { input, fulfillment },
      ({ input, fulfillment }) => {
        const url = input.tracking_number
          ? trackingUrl(input.carrier, input.tracking_number)
          : null
        return {
          order_id: input.order_id,
          fulfillment_id: fulfillment.id,
          items: input.items,
          created_by: input.created_by,
          labels:
            input.tracking_number && url
              ? [
                  {
                    tracking_number: input.tracking_number,
                    tracking_url: url,
                    label_url: "",
                  },
                ]
              : [],
        }
      }
    )
    createOrderShipmentWorkflow.runAsStep({ input: shipmentInput })
    return new WorkflowResponse(fulfillment)
  }
)
