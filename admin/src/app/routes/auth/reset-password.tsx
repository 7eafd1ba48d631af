import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router"
import { Button } from "@/components/button"
import { FormError, TextField } from "@/components/field"
import { useResetPassword } from "@/features/auth/api/password-reset"
import type { Actor } from "@/lib/session"
import { AuthFrame } from "./auth-frame"

// The e-mailed link: a new password for the account it was sent for.
export default function ResetPasswordPage() {
  const { t } = useTranslation("auth")
  const [params] = useSearchParams()
  const token = params.get("token") ?? ""
  const email = params.get("email") ?? ""
  const actor: Actor =
    params.get("actor") === "bureau_user" ? "bureau_user" : "cooperative_user"
  const [password, setPassword] = useState("")
  const [short, setShort] = useState(false)
  const reset = useResetPassword()
  return (
    <AuthFrame title={t("reset.title")}>
      {!token ? (
        <p role="alert" className="text-sm text-red-700">
          {t("reset.noToken")}
        </p>
      ) : reset.isSuccess ? (
        <p role="status" className="text-sm" data-testid="reset-done">
          {t("reset.done")}{" "}
          <Link
            to={`/login${actor === "bureau_user" ? "?as=bureau" : ""}`}
            className="text-emerald-800 underline"
          >
            {t("login.submit")}
          </Link>
        </p>
      ) : (
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault()
            const tooShort = password.length < 8
            setShort(tooShort)
            if (!tooShort) reset.mutate({ actor, token, password })
          }}
        >
          {email && (
            <p className="text-sm text-stone-600">
              {t("reset.for", { email })}
            </p>
          )}
          <TextField
            label={t("reset.password")}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={short ? t("errors.password") : undefined}
          />
          <FormError message={reset.error ? t("reset.invalid") : null} />
          <Button type="submit" disabled={reset.isPending}>
            {t("reset.submit")}
          </Button>
        </form>
      )}
    </AuthFrame>
  )
}
