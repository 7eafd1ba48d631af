import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import { z } from "zod"
import { Button } from "@/components/button"
import { FormError, TextField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { homeFor, type Actor } from "@/lib/session"
import { useAcceptInvite } from "../api/accept-invite"

const InviteSchema = z.object({
  email: z.string().email("email"),
  password: z.string().min(8, "password"),
  first_name: z.string().max(100).optional(),
  last_name: z.string().max(100).optional(),
})
type InviteValues = z.infer<typeof InviteSchema>

// The invited email and a new password; the token comes from the link.
export function AcceptInviteForm({
  actor,
  token,
}: {
  actor: Actor
  token: string
}) {
  const { t } = useTranslation("auth")
  const navigate = useNavigate()
  const accept = useAcceptInvite()
  const form = useForm<InviteValues>({ resolver: zodResolver(InviteSchema) })
  const errors = form.formState.errors

  const submit = form.handleSubmit(async ({ email, password, ...name }) => {
    await accept.mutateAsync({
      actor,
      token,
      credentials: { email, password },
      name,
    })
    navigate(homeFor(actor), { replace: true })
  })

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t("fields.email")}
        type="email"
        hint={t("invite.emailHint")}
        error={errors.email && t("errors.email")}
        {...form.register("email")}
      />
      <TextField
        label={t("fields.password")}
        type="password"
        autoComplete="new-password"
        error={errors.password && t("errors.password")}
        {...form.register("password")}
      />
      {actor === "cooperative_user" && (
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label={t("fields.lastName")}
            {...form.register("last_name")}
          />
          <TextField
            label={t("fields.firstName")}
            {...form.register("first_name")}
          />
        </div>
      )}
      <FormError
        message={accept.error ? errorMessage(accept.error, t) : null}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("invite.submit")}
      </Button>
    </form>
  )
}
