import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router"
import { Button } from "@/components/button"
import { FormError, TextField } from "@/components/field"
import { useRequestPasswordReset } from "@/features/auth/api/password-reset"
import { ActorChoice } from "@/features/auth/components/actor-choice"
import { errorMessage } from "@/lib/api-error-message"
import type { Actor } from "@/lib/session"
import { AuthFrame } from "./auth-frame"

// Staff and reviewers ask for a reset link; the answer never says whether
// the address has an account.
export default function ForgotPasswordPage() {
  const { t } = useTranslation("auth")
  const [params] = useSearchParams()
  const [actor, setActor] = useState<Actor>(
    params.get("as") === "bureau" ? "bureau_user" : "cooperative_user"
  )
  const [email, setEmail] = useState("")
  const [invalid, setInvalid] = useState(false)
  const request = useRequestPasswordReset()
  return (
    <AuthFrame title={t("forgot.title")}>
      {request.isSuccess ? (
        <p role="status" className="text-sm" data-testid="reset-sent">
          {t("forgot.sent")}
        </p>
      ) : (
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault()
            const ok = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())
            setInvalid(!ok)
            if (ok) request.mutate({ actor, email: email.trim() })
          }}
        >
          <p className="text-sm text-stone-600">{t("forgot.hint")}</p>
          <ActorChoice value={actor} onChange={setActor} />
          <TextField
            label={t("fields.email")}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={invalid ? t("errors.email") : undefined}
          />
          <FormError
            message={request.error ? errorMessage(request.error, t) : null}
          />
          <Button type="submit" disabled={request.isPending}>
            {t("forgot.submit")}
          </Button>
        </form>
      )}
      <Link
        to="/login"
        className="mt-4 block text-center text-sm text-emerald-800 underline"
      >
        {t("forgot.back")}
      </Link>
    </AuthFrame>
  )
}
