import { zodResolver } from "@hookform/resolvers/zod"
import { useRef, useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { FormError, TextField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { useCreateInvite } from "../api/create-invite"

const InviteSchema = z.object({ email: z.string().trim().email("email") })
type InviteValues = z.infer<typeof InviteSchema>

// The link a colleague opens to join: the console's own invite page.
export function inviteLink(token: string) {
  const params = new URLSearchParams({ actor: "cooperative_user", token })
  return `${window.location.origin}/invite?${params.toString()}`
}

// Owner only: invites a colleague by email and shows the one-time link to
// pass on (the backend sends no mail in the demo).
export function InviteForm({ canInvite }: { canInvite: boolean }) {
  const { t } = useTranslation("team")
  const invite = useCreateInvite()
  const [link, setLink] = useState<{ email: string; url: string } | null>(null)
  const [copied, setCopied] = useState(false)
  const linkField = useRef<HTMLInputElement>(null)
  const form = useForm<InviteValues>({ resolver: zodResolver(InviteSchema) })
  const emailError = form.formState.errors.email?.message

  const submit = form.handleSubmit(async ({ email }) => {
    setCopied(false)
    const created = await invite.mutateAsync(email)
    setLink({ email: created.invite.email, url: inviteLink(created.token) })
    form.reset({ email: "" })
  })

  // The clipboard API exists only on secure origins; elsewhere the link
  // stays selected in its field for a manual copy.
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
    } catch {
      setCopied(false)
      linkField.current?.select()
    }
  }

  if (!canInvite) {
    return <p className="text-sm text-stone-600">{t("invite.ownerOnly")}</p>
  }

  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={submit}
        noValidate
        className="flex flex-col gap-3 sm:flex-row sm:items-start"
      >
        <div className="flex-1">
          <TextField
            label={t("invite.email")}
            type="email"
            autoComplete="off"
            error={emailError ? t(`errors.${emailError}`) : undefined}
            {...form.register("email")}
          />
        </div>
        <Button
          type="submit"
          className="sm:mt-6"
          disabled={form.formState.isSubmitting}
        >
          {form.formState.isSubmitting ? t("invite.sending") : t("invite.send")}
        </Button>
      </form>
      <FormError
        message={invite.error ? errorMessage(invite.error, t) : null}
      />
      {link && (
        <div
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm"
        >
          <p className="text-emerald-900">
            {t("invite.created", { email: link.email })}
          </p>
          <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-center">
            <input
              ref={linkField}
              readOnly
              aria-label={t("invite.link")}
              value={link.url}
              onFocus={(event) => event.target.select()}
              className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1 font-mono text-xs"
            />
            <Button
              variant="secondary"
              small
              onClick={() => void copy(link.url)}
            >
              {copied ? t("invite.copied") : t("invite.copy")}
            </Button>
          </div>
          <p className="mt-2 text-xs text-stone-600">{t("invite.linkHint")}</p>
        </div>
      )}
    </div>
  )
}
