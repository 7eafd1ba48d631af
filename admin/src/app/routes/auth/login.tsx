import { useTranslation } from "react-i18next"
import { LoginForm } from "@/features/auth/components/login-form"
import { AuthFrame } from "./auth-frame"

export default function LoginPage() {
  const { t } = useTranslation("auth")
  return (
    <AuthFrame title={t("login.title")}>
      <LoginForm />
    </AuthFrame>
  )
}
