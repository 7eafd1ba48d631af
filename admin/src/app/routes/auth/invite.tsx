import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router"
import { EmptyState } from "@/components/states"
import { AcceptInviteForm } from "@/features/auth/components/accept-invite-form"
import { AuthFrame } from "./auth-frame"

// /invite?actor=cooperative_user|bureau_user&token=…, the link an invite gives.
export default function InvitePage() {
  const { t } = useTranslation("auth")
  const [params] = useSearchParams()
  const token = params.get("token")
  const actor =
    params.get("actor") === "bureau_user" ? "bureau_user" : "cooperative_user"
  return (
    <AuthFrame title={t("invite.title")}>
      {token ? (
        <AcceptInviteForm actor={actor} token={token} />
      ) : (
        <EmptyState title={t("invite.missingToken")} />
      )}
    </AuthFrame>
  )
}
