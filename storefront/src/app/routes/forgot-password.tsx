import { useTranslation } from "react-i18next"
import type { MetaFunction } from "react-router"
import { Link } from "react-router"
import { useRequestPasswordReset } from "@/features/account/api/use-password-reset"
import { AuthForm } from "@/features/account/components/auth-forms"
import { forgotSchema } from "@/features/account/utils/auth-schemas"
import { pageMeta } from "@/lib/meta"

export const meta: MetaFunction = () => pageMeta("忘记密码 Forgot password")

export default function ForgotPasswordPage() {
  const { t } = useTranslation()
  const request = useRequestPasswordReset()
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">{t("account.forgotTitle")}</h1>
      {request.isSuccess ? (
        <p role="status" data-testid="reset-sent">
          {t("account.forgotSent")}
        </p>
      ) : (
        <div className="rounded-lg bg-white p-4 ring-1 ring-stone-200">
          <p className="mb-3 text-sm text-stone-600">
            {t("account.forgotHint")}
          </p>
          <AuthForm
            mode="forgot"
            schema={forgotSchema}
            mutation={request}
            fields={[{ name: "email", type: "email", autoComplete: "email" }]}
          />
        </div>
      )}
      <Link to="/account" className="text-sm underline">
        {t("account.backToLogin")}
      </Link>
    </div>
  )
}
