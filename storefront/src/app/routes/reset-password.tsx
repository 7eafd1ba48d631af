import { useTranslation } from "react-i18next"
import type { MetaFunction } from "react-router"
import { Link, useSearchParams } from "react-router"
import { useResetPassword } from "@/features/account/api/use-password-reset"
import { AuthForm } from "@/features/account/components/auth-forms"
import { resetSchema } from "@/features/account/utils/auth-schemas"
import { pageMeta } from "@/lib/meta"

export const meta: MetaFunction = () => pageMeta("重设密码 Reset password")

// The e-mailed link: a new password for the address it names.
export default function ResetPasswordPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const token = params.get("token") ?? ""
  const email = params.get("email") ?? ""
  const reset = useResetPassword(token)
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">{t("account.resetTitle")}</h1>
      {!token ? (
        <p role="alert">{t("account.resetNoToken")}</p>
      ) : reset.isSuccess ? (
        <p role="status" data-testid="reset-done">
          {t("account.resetDone")}{" "}
          <Link to="/account" className="underline">
            {t("account.login")}
          </Link>
        </p>
      ) : (
        <div className="rounded-lg bg-white p-4 ring-1 ring-stone-200">
          {email && (
            <p className="mb-3 text-sm text-stone-600">
              {t("account.resetFor", { email })}
            </p>
          )}
          <AuthForm
            mode="reset"
            schema={resetSchema}
            mutation={reset}
            fields={[
              {
                name: "password",
                type: "password",
                autoComplete: "new-password",
              },
            ]}
          />
        </div>
      )}
    </div>
  )
}
