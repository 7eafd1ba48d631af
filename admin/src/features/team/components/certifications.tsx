import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { FormFooter } from "@/components/form-footer"
import { DataTable, type Column } from "@/components/data-table"
import { FormError, SelectField, TextField } from "@/components/field"
import { errorMessage } from "@/lib/api-error-message"
import { formatDate } from "@/lib/format"
import { useAddCertification } from "../api/add-certification"
import { useRemoveCertification } from "../api/remove-certification"
import {
  CERTIFICATION_KINDS,
  type Certification,
  type CertificationKind,
} from "../api/types"

const CertificationSchema = z.object({
  kind: z.enum(
    CERTIFICATION_KINDS as [CertificationKind, ...CertificationKind[]]
  ),
  number: z.string().trim().min(1, "required").max(100, "tooLong"),
  issued_by: z.string().trim().max(200, "tooLong"),
  expires_at: z.string(),
})
type CertificationValues = z.infer<typeof CertificationSchema>

// The cooperative's certificates (green food, organic, GI…): a list with
// removal and a form to add one.
export function Certifications({
  certifications,
}: {
  certifications: Certification[]
}) {
  const { t, i18n } = useTranslation("team")
  const add = useAddCertification()
  const remove = useRemoveCertification()
  const form = useForm<CertificationValues>({
    resolver: zodResolver(CertificationSchema),
    defaultValues: { kind: "green_food", issued_by: "", expires_at: "" },
  })
  const numberError = form.formState.errors.number?.message

  const submit = form.handleSubmit(async (values) => {
    await add.mutateAsync({
      kind: values.kind,
      number: values.number,
      issued_by: values.issued_by || null,
      expires_at: values.expires_at || null,
    })
    form.reset({ kind: values.kind, number: "", issued_by: "", expires_at: "" })
  })

  const columns: Column<Certification>[] = [
    {
      key: "kind",
      header: t("certifications.kind"),
      cell: (c) =>
        t(`certifications.kinds.${c.kind}`, { defaultValue: c.kind }),
    },
    {
      key: "number",
      header: t("certifications.number"),
      cell: (c) => c.number,
    },
    {
      key: "issued_by",
      header: t("certifications.issuedBy"),
      cell: (c) => c.issued_by ?? "—",
    },
    {
      key: "expires_at",
      header: t("certifications.expiresAt"),
      cell: (c) => formatDate(c.expires_at, i18n.language),
    },
    {
      key: "actions",
      header: t("certifications.actions"),
      cell: (c) => (
        <Button
          variant="ghost"
          small
          disabled={remove.isPending}
          aria-label={t("certifications.removeLabel", { number: c.number })}
          onClick={() => remove.mutate(c.id)}
        >
          {t("certifications.remove")}
        </Button>
      ),
    },
  ]

  return (
    <div className="flex flex-col gap-4">
      <DataTable
        nowrap
        caption={t("certifications.title")}
        columns={columns}
        rows={certifications}
        rowKey={(c) => c.id}
        empty={{ title: t("certifications.empty") }}
      />
      <FormError
        message={remove.error ? errorMessage(remove.error, t) : null}
      />
      <form
        onSubmit={submit}
        noValidate
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        <SelectField
          label={t("certifications.kind")}
          options={CERTIFICATION_KINDS.map((kind) => ({
            value: kind,
            label: t(`certifications.kinds.${kind}`),
          }))}
          {...form.register("kind")}
        />
        <TextField
          label={t("certifications.number")}
          error={numberError ? t(`errors.${numberError}`) : undefined}
          {...form.register("number")}
        />
        <TextField
          label={t("certifications.issuedBy")}
          {...form.register("issued_by")}
        />
        <TextField
          label={t("certifications.expiresAt")}
          type="date"
          {...form.register("expires_at")}
        />
        <FormFooter
          className="sm:col-span-2 lg:col-span-4"
          error={add.error}
          variant="secondary"
          busy={add.isPending}
          label={t("certifications.add")}
        />
      </form>
    </div>
  )
}
