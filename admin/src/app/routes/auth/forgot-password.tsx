import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router"
import { Button } from "@/components/button"
import { FormError, TextField } from "@/components/field"
import { useRequestPasswordReset } from "@/features/auth/api/password-reset"
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
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-stone-700">
              {t("login.as")}
            </legend>
            <div className="grid grid-cols-2 gap-2">
              {(["cooperative_user", "bureau_user"] as const).map((value) => (
                <label
                  key={value}
                  className={`cursor-pointer rounded-md border px-3 py-2 text-center text-sm ${actor === value ? "border-emerald-700 bg-emerald-50 font-medium text-emerald-900" : "border-stone-300 bg-white"}`}
                >
                  <input
                    type="radio"
                    name="actor"
                    value={value}
                    checked={actor === value}
                    onChange={() => setActor(value)}
                    className="sr-only"
                  />
                  {t(`login.actor.${value}`)}
                </label>
              ))}
            </div>
          </fieldset>
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
