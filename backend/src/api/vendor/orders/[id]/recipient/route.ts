import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fullName, recipientAccess } from "@tianfu/domain"
import { recordAuditEntryWorkflow } from "../../../../../workflows/audit/workflows/record-audit-entry"
import { resolveVendorCaller } from "../../../caller"
import { ownOrder } from "../../own-order"
import { recipientWindowHours } from "../../recipient-window"
import type { VendorReadRecipientType } from "../../validators"

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "phone",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
].map((field) => `shipping_address.${field}`)

type Address = Partial<Record<string, string | null>>

// The recipient of one of the cooperative's orders (name, phone, street
// address), to pack and ship its own lines: only while some of them are
// unshipped and for RECIPIENT_WINDOW_HOURS after its last shipment, never
// for a canceled order. A POST, so the answer is never in a URL, a cache or
// a prefetch; each read is audited (who, which order, why) before the
// address is sent.
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorReadRecipientType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { view, record } = await ownOrder(
    req.scope,
    caller.cooperative.id,
    req.params.id,
    ADDRESS_FIELDS
  )
  const unshipped = view.items.reduce(
    (sum, item) => sum + item.quantity - item.shipped_quantity,
    0
  )
  const lastShipped = view.shipments
    .map((s) => s.shipped_at)
    .filter((at): at is string => !!at)
    .sort()
    .pop()
  const windowHours = recipientWindowHours()
  const access = recipientAccess({
    status: view.shipping_status,
    unshipped,
    last_shipped_at: lastShipped ? new Date(lastShipped) : null,
    now: new Date(),
    window_hours: windowHours,
  })
  if (!access.visible) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      access.reason === "canceled"
        ? "The order is canceled: its recipient is no longer shown"
        : `The recipient is shown while lines are unshipped and for ${windowHours} hours after the last shipment`
    )
  }
  const { purpose } = req.validatedBody
  const { result: entry } = await recordAuditEntryWorkflow(req.scope).run({
    input: {
      actor_type: "cooperative_user",
      actor_id: caller.user.id,
      action: "order.recipient_viewed",
      resource_type: "order",
      resource_id: view.id as string,
      cooperative_id: caller.cooperative.id,
      county_code: caller.cooperative.county_code,
      after: { purpose, display_id: view.display_id, unshipped },
    },
  })
  const address = (record.shipping_address ?? {}) as Address
  res.setHeader("Cache-Control", "no-store")
  res.json({
    recipient: {
      order_id: view.id,
      display_id: view.display_id,
      name: fullName(address.first_name, address.last_name),
      company: address.company || null,
      phone: address.phone || null,
      address_1: address.address_1 || null,
      address_2: address.address_2 || null,
      city: address.city || null,
      province: address.province || null,
      postal_code: address.postal_code || null,
      country_code: address.country_code || null,
      purpose,
      available_until: access.until?.toISOString() ?? null,
      audit_entry_id: entry.id,
    },
  })
}
