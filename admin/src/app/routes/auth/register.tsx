import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { RegisterCooperativeForm } from "@/features/auth/components/register-cooperative-form"
import { AuthFrame } from "./auth-frame"

export default function RegisterPage() {
  const { t } = useTranslation("auth")
  return (
    <AuthFrame title={t("register.title")} wide>
      <p className="mb-4 text-sm text-stone-600">{t("register.intro")}</p>
      <RegisterCooperativeForm />
      <p className="mt-4 text-center text-sm text-stone-600">
        <Link to="/login" className="font-medium text-emerald-800 underline">
          {t("register.haveAccount")}
        </Link>
      </p>
    </AuthFrame>
  )
}
