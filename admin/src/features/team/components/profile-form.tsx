import { zodResolver } from "@hookform/resolvers/zod"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FormFooter } from "@/components/form-footer"
import { TextAreaField, TextField } from "@/components/field"
import type { CooperativeProfile } from "../api/types"
import { useUpdateProfile } from "../api/update-profile"

const ProfileSchema = z.object({
  story: z.string().max(5000, "story"),
  logo_url: z
    .string()
    .trim()
    .refine((v) => v === "" || z.url().safeParse(v).success, "logoUrl"),
  contact_email: z.string().trim().email("email"),
})
type ProfileValues = z.infer<typeof ProfileSchema>

// The story, logo and contact email shoppers see on the cooperative's page.
export function ProfileForm({
  cooperative,
}: {
  cooperative: CooperativeProfile
}) {
  const { t } = useTranslation("team")
  const update = useUpdateProfile()
  const [saved, setSaved] = useState(false)
  const form = useForm<ProfileValues>({
    resolver: zodResolver(ProfileSchema),
    defaultValues: {
      story: cooperative.story ?? "",
      logo_url: cooperative.logo_url ?? "",
      contact_email: cooperative.contact_email,
    },
  })
  const errors = form.formState.errors
  const fieldError = (name: keyof ProfileValues) => {
    const message = errors[name]?.message
    return message ? t(`errors.${message}`) : undefined
  }

  const submit = form.handleSubmit(async (values) => {
    setSaved(false)
    await update.mutateAsync({
      story: values.story.trim() || null,
      logo_url: values.logo_url || null,
      contact_email: values.contact_email,
    })
    setSaved(true)
  })

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t("profile.contactEmail")}
        type="email"
        error={fieldError("contact_email")}
        {...form.register("contact_email")}
      />
      <TextField
        label={t("profile.logoUrl")}
        type="url"
        placeholder="https://"
        error={fieldError("logo_url")}
        {...form.register("logo_url")}
      />
      <TextAreaField
        label={t("profile.story")}
        rows={5}
        hint={t("profile.storyHint")}
        error={fieldError("story")}
        {...form.register("story")}
      />
      <FormFooter
        error={update.error}
        saved={saved ? t("profile.saved") : null}
        busy={form.formState.isSubmitting}
        label={t("profile.save")}
        busyLabel={t("profile.saving")}
      />
    </form>
  )
}
