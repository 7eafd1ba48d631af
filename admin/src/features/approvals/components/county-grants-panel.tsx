import { zodResolver } from "@hookform/resolvers/zod"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { Dialog, DialogActions } from "@/components/dialog"
import { FormError, SelectField, TextAreaField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { StatusBadge } from "@/components/status-badge"
import { errorMessage } from "@/lib/api-error-message"
import { formatDate } from "@/lib/format"
import { useBureauMe } from "@/features/auth/api/get-me"
import { countyName, useCounties } from "@/features/counties/api/get-counties"
import { useGrantCounty, useRevokeCounty } from "../api/county-grants"
import type { BureauCooperativeDetail, CountyGrant } from "../api/types"

const grantSchema = z.object({
  county_code: z.string().regex(/^\d{6}$/),
  reason: z.string().trim().min(2).max(2000),
})
type GrantValues = z.infer<typeof grantSchema>
const revokeSchema = z.object({ reason: z.string().trim().min(2).max(2000) })

// The counties where a cooperative may register and join households: its
// own, and those a reviewer granted (with why, and when one was ended).
export function CountyGrantsPanel({
  cooperative,
  countyLabel,
}: {
  cooperative: BureauCooperativeDetail
  countyLabel: (code: string, options?: { withCode?: boolean }) => string
}) {
  const { t, i18n } = useTranslation("approvals")
  const [granting, setGranting] = useState(false)
  const [revoking, setRevoking] = useState<CountyGrant | null>(null)
  const grants = [...(cooperative.county_grants ?? [])].sort((a, b) =>
    b.created_at.localeCompare(a.created_at)
  )
  return (
    <Panel
      title={t("counties.title")}
      actions={
        cooperative.status === "approved" && (
          <Button variant="secondary" onClick={() => setGranting(true)}>
            {t("counties.grant")}
          </Button>
        )
      }
    >
      <p className="text-sm text-stone-600">
        {t("counties.own", {
          county: countyLabel(cooperative.county_code, { withCode: true }),
        })}
      </p>
      {grants.length === 0 ? (
        <p className="mt-2 text-sm text-stone-500">{t("counties.none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-100 text-sm">
          {grants.map((grant) => (
            <li
              key={grant.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
            >
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-medium">
                  {countyLabel(grant.county_code, { withCode: true })}
                </span>
                <StatusBadge tone={grant.revoked_at ? "grey" : "green"}>
                  {grant.revoked_at
                    ? t("counties.revokedOn", {
                        date: formatDate(grant.revoked_at, i18n.language),
                      })
                    : t("counties.inForceSince", {
                        date: formatDate(grant.created_at, i18n.language),
                      })}
                </StatusBadge>
                <span className="text-stone-600">{grant.reason}</span>
              </span>
              {!grant.revoked_at && (
                <Button variant="danger" onClick={() => setRevoking(grant)}>
                  {t("counties.revoke")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {granting && (
        <GrantDialog
          cooperative={cooperative}
          onClose={() => setGranting(false)}
        />
      )}
      {revoking && (
        <RevokeDialog
          cooperative={cooperative}
          grant={revoking}
          label={countyLabel(revoking.county_code)}
          onClose={() => setRevoking(null)}
        />
      )}
    </Panel>
  )
}

function GrantDialog({
  cooperative,
  onClose,
}: {
  cooperative: BureauCooperativeDetail
  onClose: () => void
}) {
  const { t, i18n } = useTranslation("approvals")
  const me = useBureauMe()
  const counties = useCounties()
  const grant = useGrantCounty(cooperative.id)
  const inForce = new Set(
    (cooperative.county_grants ?? [])
      .filter((g) => !g.revoked_at)
      .map((g) => g.county_code)
  )
  // Counties of the reviewer's jurisdiction the cooperative lacks.
  const options = (counties.data ?? [])
    .filter(
      (county) =>
        county.code.startsWith(me.data?.bureau_user.jurisdiction_code ?? "-") &&
        county.code !== cooperative.county_code &&
        !inForce.has(county.code)
    )
    .map((county) => ({
      value: county.code,
      label: `${countyName(county, i18n.language)} (${county.code})`,
    }))
  const form = useForm<GrantValues>({
    resolver: zodResolver(grantSchema),
    defaultValues: { county_code: "", reason: "" },
  })
  const submit = form.handleSubmit(async (values) => {
    await grant.mutateAsync(values)
    onClose()
  })
  const busy = form.formState.isSubmitting
  return (
    <Dialog
      title={t("counties.grantTitle")}
      description={t("counties.grantDescription", { name: cooperative.name })}
      onClose={onClose}
      busy={busy}
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <SelectField
          label={t("counties.county")}
          options={[{ value: "", label: t("counties.pick") }, ...options]}
          error={form.formState.errors.county_code && t("counties.pickError")}
          hint={options.length === 0 ? t("counties.noneLeft") : undefined}
          {...form.register("county_code")}
        />
        <TextAreaField
          label={t("counties.reason")}
          rows={3}
          error={form.formState.errors.reason && t("counties.reasonError")}
          {...form.register("reason")}
        />
        <FormError message={grant.error && errorMessage(grant.error, t)} />
        <DialogActions
          confirmLabel={t("counties.grantConfirm")}
          onCancel={onClose}
          busy={busy}
        />
      </form>
    </Dialog>
  )
}

function RevokeDialog({
  cooperative,
  grant,
  label,
  onClose,
}: {
  cooperative: BureauCooperativeDetail
  grant: CountyGrant
  label: string
  onClose: () => void
}) {
  const { t } = useTranslation("approvals")
  const revoke = useRevokeCounty(cooperative.id)
  const form = useForm<{ reason: string }>({
    resolver: zodResolver(revokeSchema),
    defaultValues: { reason: "" },
  })
  const submit = form.handleSubmit(async ({ reason }) => {
    await revoke.mutateAsync({ county_code: grant.county_code, reason })
    onClose()
  })
  const busy = form.formState.isSubmitting
  return (
    <Dialog
      title={t("counties.revokeTitle", { county: label })}
      description={t("counties.revokeDescription", { name: cooperative.name })}
      onClose={onClose}
      busy={busy}
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextAreaField
          label={t("counties.reason")}
          rows={3}
          error={form.formState.errors.reason && t("counties.reasonError")}
          {...form.register("reason")}
        />
        <FormError message={revoke.error && errorMessage(revoke.error, t)} />
        <DialogActions
          confirmLabel={t("counties.revokeConfirm")}
          onCancel={onClose}
          busy={busy}
          variant="danger"
        />
      </form>
    </Dialog>
  )
}
