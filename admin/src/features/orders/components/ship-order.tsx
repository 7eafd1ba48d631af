import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { useCreateFulfillment } from "../api/create-fulfillment"
import type { VendorOrder } from "../api/types"
import { unshippedUnits } from "../utils/order-money"

// "Ship": one fulfilment of every unshipped unit of the cooperative's own
// lines, after a confirmation; the API's refusal is shown in the dialog.
export function ShipOrder({ order }: { order: VendorOrder }) {
  const { t } = useTranslation("orders")
  const [open, setOpen] = useState(false)
  const [shipped, setShipped] = useState(false)
  const ship = useCreateFulfillment(order.id)
  const units = unshippedUnits(order.items)
  // Nothing to ship for an order that was canceled or wholly refunded.
  const closed =
    order.status === "canceled" ||
    order.payment_status === "canceled" ||
    order.payment_status === "refunded"

  const close = () => {
    setOpen(false)
    ship.reset()
  }
  const confirm = async () => {
    await ship.mutateAsync()
    setOpen(false)
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
          <div className="flex flex-col gap-3">
            <FormError
              message={ship.error ? errorMessage(ship.error, t) : null}
            />
            <DialogActions
              confirmLabel={
                ship.isPending ? t("ship.shipping") : t("ship.confirm")
              }
              onCancel={close}
              onConfirm={() => void confirm().catch(() => undefined)}
              busy={ship.isPending}
            />
          </div>
        </Dialog>
      )}
    </div>
  )
}
