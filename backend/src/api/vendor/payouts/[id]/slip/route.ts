import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import QRCode from "qrcode"
import {
  newOneTimeToken,
  slipTtlMs,
} from "../../../../../lib/auth/invite-token"
import { issuePayoutSlipWorkflow } from "../../../../../workflows/linkage"
import { requireApproved, resolveVendorCaller } from "../../../caller"
import { payoutView } from "../../payout-view"
import { storefrontUrl } from "../../../../utils/storefront-url"

// A printable slip for a payment: its QR code opens the storefront's
// confirmation page (/p/<token>, no login) where the household confirms or
// disputes it. The token is shown here once; only its hash is kept.
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const { token, hash } = newOneTimeToken()
  const { result } = await issuePayoutSlipWorkflow(req.scope).run({
    input: {
      payout_id: req.params.id,
      cooperative_id: caller.cooperative.id,
      token_hash: hash,
      expires_at: new Date(Date.now() + slipTtlMs()),
      issued_by: caller.user.id,
    },
  })
  const url = storefrontUrl(`/p/${token}`)
  res.setHeader("Cache-Control", "no-store")
  res.status(201).json({
    slip: {
      url,
      expires_at: result.token.expires_at,
      qr_svg: await QRCode.toString(url, {
        type: "svg",
        errorCorrectionLevel: "M",
        margin: 2,
      }),
      cooperative: { name: caller.cooperative.name },
      payout: payoutView(result.payout),
    },
  })
}
