import { DEFAULT_RECIPIENT_WINDOW_HOURS } from "@tianfu/domain"

// How long after its last shipment a cooperative still reads an order's
// recipient (a parcel returned, a courier calling back):
// RECIPIENT_WINDOW_HOURS, 72 by default, 0 to close it at shipping.
export function recipientWindowHours(): number {
  const configured = Number(process.env.RECIPIENT_WINDOW_HOURS)
  return Number.isFinite(configured) &&
    configured >= 0 &&
    process.env.RECIPIENT_WINDOW_HOURS?.trim()
    ? configured
    : DEFAULT_RECIPIENT_WINDOW_HOURS
}
