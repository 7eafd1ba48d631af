import {
  CARRIER_CODES,
  type CarrierCode,
  carrierName,
  carrierNeedsTracking,
  TRACKING_NUMBER_PATTERN,
} from "@tianfu/domain"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, SelectField, TextField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { useCreateFulfillment } from "../api/create-fulfillment"
import type { VendorOrder } from "../api/types"
import { unshippedUnits } from "../utils/order-money"

// "Ship": every unshipped unit of the cooperative's own lines leaves in one
// parcel, with the carrier and the waybill number printed on it (or the
// cooperative's own van, no number); the API's refusal is shown in the
// dialog.
export function ShipOrder({ order }: { order: VendorOrder }) {
  const { t, i18n } = useTranslation("orders")
  const [open, setOpen] = useState(false)
  const [carrier, setCarrier] = useState<CarrierCode>("sf")
  const [tracking, setTracking] = useState("")
  const [touched, setTouched] = useState(false)
  const [shipped, setShipped] = useState(false)
  const ship = useCreateFulfillment(order.id)
  const units = unshippedUnits(order.items)
  const closed =
    order.shipping_status === "canceled" ||
    order.payment_status === "canceled" ||
    order.payment_status === "refunded"
  const needsTracking = carrierNeedsTracking(carrier)
  const trackingError =
    needsTracking && !TRACKING_NUMBER_PATTERN.test(tracking.trim())
      ? t("ship.trackingInvalid")
      : undefined

  const close = () => {
    setOpen(false)
    setTouched(false)
    ship.reset()
  }
  const confirm = async () => {
    setTouched(true)
    if (trackingError) return
    await ship.mutateAsync(
      needsTracking
        ? { carrier, tracking_number: tracking.trim() }
        : { carrier }
    )
    setOpen(false)
    setTracking("")
    setTouched(false)
    setShipped(true)
  }

  return (
    <div className="flex flex-col items-start gap-2">
      {closed ? (
        <p className="text-sm text-stone-600">{t("ship.closed")}</p>
      ) : units > 0 ? (
        <Button onClick={() => setOpen(true)}>{t("ship.button")}</Button>
      ) : (
        <p className="text-sm text-stone-600">{t("ship.nothingLeft")}</p>
      )}
      {shipped && (
        <p role="status" className="text-sm text-emerald-800">
          {t("ship.done")}
        </p>
      )}
      {open && (
        <Dialog
          title={t("ship.confirmTitle", { display: order.display_id })}
          description={t("ship.confirmText", { count: units })}
          onClose={close}
          busy={ship.isPending}
        >
          <form
            className="flex flex-col gap-3"
            noValidate
            onSubmit={(event) => {
              event.preventDefault()
              void confirm().catch(() => undefined)
            }}
          >
            <SelectField
              label={t("ship.carrier")}
              value={carrier}
              onChange={(event) =>
                setCarrier(event.target.value as CarrierCode)
              }
              options={CARRIER_CODES.map((code) => ({
                value: code,
                label: carrierName(code, i18n.language),
              }))}
            />
            {needsTracking && (
              <TextField
                label={t("ship.trackingNumber")}
                value={tracking}
                autoComplete="off"
                inputMode="text"
                onChange={(event) => setTracking(event.target.value)}
                hint={t("ship.trackingHint")}
                error={touched ? trackingError : undefined}
              />
            )}
            <FormError
              message={ship.error ? errorMessage(ship.error, t) : null}
            />
            <DialogActions
              confirmLabel={
                ship.isPending ? t("ship.shipping") : t("ship.confirm")
              }
              onCancel={close}
              busy={ship.isPending}
            />
          </form>
        </Dialog>
      )}
    </div>
  )
}
