import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { FLAG_RESOLUTIONS } from "@tianfu/domain"
import { Button } from "@/components/button"
import { FormError, SelectField, TextAreaField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { errorMessage, fieldOfError } from "@/lib/api-error-message"
import { useResolveFlag } from "../api/act-on-item"
import type { FlagResolution } from "../api/types"

const schema = z.object({
  resolution: z
    .union([z.literal(""), z.enum(FLAG_RESOLUTIONS)])
    .refine((v) => v !== ""),
  reason: z.string().trim().min(2).max(1000),
})
type ResolveForm = { resolution: FlagResolution | ""; reason: string }
const FIELDS = ["resolution", "reason"] as const

// Resolves an open flag: what the reviewer found (from a list) and why.
export function ResolveFlagForm({ id }: { id: string }) {
  const { t } = useTranslation("oversight")
  const resolve = useResolveFlag()
  const form = useForm<ResolveForm>({
    resolver: zodResolver(schema),
    defaultValues: { resolution: "", reason: "" },
  })
  const submit = form.handleSubmit(async ({ resolution, reason }) => {
    try {
      await resolve.mutateAsync({
        id,
        resolution: resolution as FlagResolution,
        reason,
      })
    } catch (error) {
      const field = fieldOfError(error, FIELDS)
      if (field)
        form.setError(field, {
          type: "server",
          message: errorMessage(error, t),
        })
    }
  })
  const errors = form.formState.errors
  const message = (field: (typeof FIELDS)[number], fallback: string) => {
    const error = errors[field]
    if (!error) return undefined
    return error.type === "server" ? error.message : t(fallback)
  }
  return (
    <Panel title={t("resolve.title")}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <SelectField
          label={t("resolve.resolution")}
          options={[
            { value: "", label: t("resolve.choose") },
            ...FLAG_RESOLUTIONS.map((value) => ({
              value,
              label: t(`resolution.${value}`),
            })),
          ]}
          error={message("resolution", "resolve.resolutionRequired")}
          {...form.register("resolution")}
        />
        <TextAreaField
          label={t("resolve.reason")}
          rows={3}
          hint={t("resolve.reasonHint")}
          error={message("reason", "resolve.reasonHint")}
          {...form.register("reason")}
        />
        <FormError
          message={
            resolve.error && !fieldOfError(resolve.error, FIELDS)
              ? errorMessage(resolve.error, t)
              : null
          }
        />
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("resolve.submit")}
          </Button>
        </div>
      </form>
    </Panel>
  )
}
