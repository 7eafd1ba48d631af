import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import QRCode from "qrcode"
import { BATCH_MODULE } from "../../../../../modules/batch"
import type BatchModuleService from "../../../../../modules/batch/service"
import { resolveVendorCaller } from "../../../caller"
import type { VendorBatchLabelParamsType } from "../../validators"
import { storefrontUrl } from "../../../../utils/storefront-url"

// A QR label for one batch, encoding the public trace page a phone opens.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorBatchLabelParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const batches: BatchModuleService = req.scope.resolve(BATCH_MODULE)
  const [batch] = await batches.listBatches({
    id: req.params.id,
    cooperative_id: caller.cooperative.id,
  })
  if (!batch) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Batch ${req.params.id} was not found`
    )
  }
  const url = storefrontUrl(`/t/${batch.trace_code}`)
  res.setHeader("Cache-Control", "private, max-age=3600")
  res.setHeader("X-Trace-Url", url)
  if (req.validatedQuery.format === "png") {
    res.setHeader("Content-Type", "image/png")
    res.send(
      await QRCode.toBuffer(url, {
        type: "png",
        errorCorrectionLevel: "M",
        margin: 2,
        width: 512,
      })
    )
    return
  }
  res.setHeader("Content-Type", "image/svg+xml")
  res.send(
    await QRCode.toString(url, {
      type: "svg",
      errorCorrectionLevel: "M",
      margin: 2,
    })
  )
}
