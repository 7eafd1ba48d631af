import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useSearchParams } from "react-router"
import { z } from "zod"
import { Button } from "@/components/button"
import { FormError, TextField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { homeFor, type Actor } from "@/lib/session"
import { useSignIn, WrongRoleError } from "../api/sign-in"
import { ActorChoice } from "./actor-choice"

const LoginSchema = z.object({
  actor: z.enum(["cooperative_user", "bureau_user"]),
  email: z.string().email(),
  password: z.string().min(1),
})
type LoginValues = z.infer<typeof LoginSchema>

// Sign in as cooperative staff or as a bureau reviewer.
export function LoginForm() {
  const { t } = useTranslation("auth")
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const signIn = useSignIn()
  const form = useForm<LoginValues>({
    resolver: zodResolver(LoginSchema),
    defaultValues: {
      actor: params.get("as") === "bureau" ? "bureau_user" : "cooperative_user",
      email: "",
      password: "",
    },
  })
  const actor = form.watch("actor")
  const errors = form.formState.errors

  const submit = form.handleSubmit(async (values) => {
    const signedIn: Actor = await signIn.mutateAsync(values)
    const next = params.get("next")
    const home = homeFor(signedIn)
    navigate(next && next.startsWith(home) ? next : home, { replace: true })
  })

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <ActorChoice
        value={actor}
        onChange={(next) => form.setValue("actor", next)}
      />
      <TextField
        label={t("fields.email")}
        type="email"
        autoComplete="username"
        error={errors.email && t("errors.email")}
        {...form.register("email")}
      />
      <TextField
        label={t("fields.password")}
        type="password"
        autoComplete="current-password"
        error={errors.password && t("errors.password")}
        {...form.register("password")}
      />
      <FormError
        message={
          signIn.error instanceof WrongRoleError
            ? t("errors.wrongRole", {
                role: t(`login.actor.${signIn.error.actor}`),
                other: t(
                  `login.actor.${signIn.error.actor === "bureau_user" ? "cooperative_user" : "bureau_user"}`
                ),
              })
            : signIn.error &&
                (signIn.error as { status?: number }).status === 401
              ? t("errors.credentials")
              : signIn.error
                ? errorMessage(signIn.error, t)
                : null
        }
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting
          ? t("login.submitting")
          : t("login.submit")}
      </Button>
      <Link
        to={`/forgot-password?as=${actor === "bureau_user" ? "bureau" : "coop"}`}
        className="text-center text-sm text-emerald-800 underline"
      >
        {t("login.forgot")}
      </Link>
      <p className="text-center text-sm text-stone-600">
        {t("login.newCooperative")}{" "}
        <Link to="/register" className="font-medium text-emerald-800 underline">
          {t("login.registerLink")}
        </Link>
      </p>
    </form>
  )
}
