import { useId, useState } from "react"
import { Link, useNavigate } from "react-router"
import { useTranslation } from "react-i18next"
import { Button, buttonClass } from "@/components/button"
import { type Column, DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { errorMessage } from "@/lib/api-error-message"
import { formatFen } from "@/lib/money"
import {
  type Agreement,
  type Obligation,
  type Payout,
  useAgreements,
  useAttachAgreementDocument,
  useObligations,
  usePayouts,
} from "../api/linkage"
import { AgreementDialog } from "./agreement-dialog"
import { DOCUMENT_ACCEPT, DocumentLink } from "./document-link"
import { PayoutDialog } from "./payout-dialog"
import { PayoutUpload } from "./payout-upload"
import { payoutColumns } from "./payout-columns"
import { SlipDialog } from "./slip-dialog"
import { useTermsText } from "./terms-text"

const LIMIT = 20

// A member's name, opening the member's statement for the year.
function MemberLink({ id, names }: { id: string; names: Names }) {
  const { t } = useTranslation("linkage")
  return (
    <Link
      className="text-emerald-800 underline-offset-2 hover:underline"
      to={`/coop/linkage/statement/${encodeURIComponent(id)}`}
      title={t("statement.open")}
    >
      {names.get(id) ?? "—"}
    </Link>
  )
}

type Names = Map<string, string>

// The cooperative's agreements with its members (newest first) and a form
// for a new one.
export function AgreementsPanel({
  names,
  households,
}: {
  names: Names
  households: { id: string; label: string }[]
}) {
  const { t, i18n } = useTranslation("linkage")
  const [offset, setOffset] = useState(0)
  const [creating, setCreating] = useState(false)
  const query = useAgreements({ offset, limit: LIMIT })
  const terms = useTermsText()
  const columns: Column<Agreement>[] = [
    {
      key: "household",
      header: t("columns.household"),
      cell: (a) => <MemberLink id={a.household_id} names={names} />,
    },
    {
      key: "kind",
      header: t("columns.kind"),
      cell: (a) => t(`kind.${a.kind}`),
    },
    { key: "terms", header: t("columns.terms"), cell: terms },
    {
      key: "document",
      header: t("columns.document"),
      cell: (a) => <AgreementDocument agreement={a} />,
    },
    {
      key: "term",
      header: t("columns.term"),
      cell: (a) =>
        `${new Date(a.starts_on).toLocaleDateString(i18n.language)} – ${
          a.ends_on
            ? new Date(a.ends_on).toLocaleDateString(i18n.language)
            : t("inForce")
        }`,
    },
  ]
  return (
    <Panel
      title={t("agreements.title")}
      actions={
        <Button
          small
          onClick={() => setCreating(true)}
          disabled={!households.length}
        >
          {t("agreements.new")}
        </Button>
      }
    >
      <QueryState query={query}>
        {(data) => (
          <DataTable
            page={{
              count: data.count,
              offset,
              limit: LIMIT,
              onChange: setOffset,
            }}
            caption={t("agreements.title")}
            rows={data.agreements}
            rowKey={(row) => row.id}
            empty={{
              title: t("agreements.empty"),
              hint: t("agreements.emptyHint"),
            }}
            columns={columns}
          />
        )}
      </QueryState>
      {creating && (
        <AgreementDialog
          households={households}
          onClose={() => setCreating(false)}
        />
      )}
    </Panel>
  )
}

// What is still owed to members, oldest due first.
export function ObligationsPanel({ names }: { names: Names }) {
  const { t, i18n } = useTranslation("linkage")
  const [offset, setOffset] = useState(0)
  const query = useObligations({ offset, limit: LIMIT, open: "true" })
  const columns: Column<Obligation>[] = [
    {
      key: "due",
      header: t("columns.due"),
      cell: (o) => new Date(o.due_on).toLocaleDateString(i18n.language),
    },
    {
      key: "household",
      header: t("columns.household"),
      cell: (o) => <MemberLink id={o.household_id} names={names} />,
    },
    {
      key: "kind",
      header: t("columns.kind"),
      cell: (o) => t(`kind.${o.kind}`),
    },
    { key: "basis", header: t("columns.basis"), cell: (o) => o.basis ?? "—" },
    {
      key: "amount",
      header: t("columns.owed"),
      numeric: true,
      cell: (o) => formatFen(o.amount),
    },
    {
      key: "outstanding",
      header: t("columns.outstanding"),
      numeric: true,
      cell: (o) => formatFen(o.outstanding),
    },
  ]
  return (
    <Panel title={t("obligations.title")}>
      <QueryState query={query}>
        {(data) => (
          <DataTable
            page={{
              count: data.count,
              offset,
              limit: LIMIT,
              onChange: setOffset,
            }}
            caption={t("obligations.title")}
            rows={data.obligations}
            rowKey={(row) => row.id}
            empty={{
              title: t("obligations.empty"),
              hint: t("obligations.emptyHint"),
            }}
            columns={columns}
          />
        )}
      </QueryState>
    </Panel>
  )
}

// Money paid to members, newest first, each payment with a slip to print.
export function PayoutsPanel({ names }: { names: Names }) {
  const { t, i18n } = useTranslation("linkage")
  const [offset, setOffset] = useState(0)
  const [recording, setRecording] = useState(false)
  const [uploading, setUploading] = useState(false)
  const [printing, setPrinting] = useState<Payout | null>(null)
  // Payments ticked for a sheet of slips: id → reference.
  const [chosen, setChosen] = useState<Map<string, string>>(new Map())
  const navigate = useNavigate()
  const toggle = (p: Payout) =>
    setChosen((now) => {
      const next = new Map(now)
      if (!next.delete(p.id)) next.set(p.id, p.reference)
      return next
    })
  const query = usePayouts({ offset, limit: LIMIT })
  const agreements = useAgreements({ offset: 0, limit: 100, in_force: "true" })
  const payable = (agreements.data?.agreements ?? []).map((a) => ({
    id: a.id,
    label: `${names.get(a.household_id) ?? a.household_id} · ${t(`kind.${a.kind}`)}`,
  }))
  const columns: Column<Payout>[] = [
    {
      key: "choose",
      header: t("sheet.choose"),
      cell: (p) =>
        p.entry === "payment" ? (
          <input
            type="checkbox"
            aria-label={t("sheet.chooseOne", { reference: p.reference })}
            checked={chosen.has(p.id)}
            onChange={() => toggle(p)}
          />
        ) : null,
    },
    {
      key: "paid",
      header: t("columns.paidOn"),
      cell: (p) => new Date(p.paid_on).toLocaleDateString(i18n.language),
    },
    {
      key: "household",
      header: t("columns.household"),
      cell: (p) => <MemberLink id={p.household_id} names={names} />,
    },
    ...payoutColumns<Payout>(t),
    {
      key: "slip",
      header: t("columns.slip"),
      cell: (p) =>
        p.entry === "payment" ? (
          <Button small variant="secondary" onClick={() => setPrinting(p)}>
            {t("slip.open")}
          </Button>
        ) : (
          t("reversal")
        ),
    },
  ]
  return (
    <Panel
      title={t("payouts.title")}
      actions={
        <span className="flex gap-2">
          <Button
            small
            variant="secondary"
            disabled={!chosen.size}
            onClick={() =>
              navigate(
                `/coop/linkage/slips?${new URLSearchParams(
                  [...chosen].flatMap(([id, reference]) => [
                    ["id", id],
                    ["ref", reference],
                  ])
                )}`
              )
            }
          >
            {t("sheet.open", { count: chosen.size })}
          </Button>
          <Button small variant="secondary" onClick={() => setUploading(true)}>
            {t("upload.open")}
          </Button>
          <Button
            small
            onClick={() => setRecording(true)}
            disabled={!payable.length}
          >
            {t("payouts.new")}
          </Button>
        </span>
      }
    >
      <QueryState query={query}>
        {(data) => (
          <DataTable
            page={{
              count: data.count,
              offset,
              limit: LIMIT,
              onChange: setOffset,
            }}
            caption={t("payouts.title")}
            rows={data.payouts}
            rowKey={(row) => row.id}
            empty={{ title: t("payouts.empty"), hint: t("payouts.emptyHint") }}
            columns={columns}
          />
        )}
      </QueryState>
      {recording && (
        <PayoutDialog
          agreements={payable}
          onClose={() => setRecording(false)}
        />
      )}
      {uploading && (
        <PayoutUpload names={names} onClose={() => setUploading(false)} />
      )}
      {printing && (
        <SlipDialog
          payout={printing}
          household={names.get(printing.household_id) ?? ""}
          onClose={() => setPrinting(null)}
        />
      )}
    </Panel>
  )
}

// An agreement's signed copy: downloaded when attached; attached (or
// replaced) by picking a PDF or a photo of it.
function AgreementDocument({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation("linkage")
  const attach = useAttachAgreementDocument()
  const inputId = useId()
  return (
    <span className="flex flex-wrap items-center gap-2">
      {agreement.document_id && (
        <DocumentLink id={agreement.document_id} audience="vendor" />
      )}
      <label
        htmlFor={inputId}
        className={`${buttonClass("secondary", true)} cursor-pointer`}
      >
        {attach.isPending
          ? t("documents.uploading")
          : agreement.document_id
            ? t("documents.replace")
            : t("documents.attach")}
      </label>
      <input
        id={inputId}
        type="file"
        accept={DOCUMENT_ACCEPT}
        className="sr-only"
        aria-label={t("documents.attachFor", { id: agreement.id })}
        disabled={attach.isPending}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ""
          if (file) attach.mutate({ id: agreement.id, file })
        }}
      />
      {attach.error && (
        <span role="alert" className="text-xs text-red-700">
          {errorMessage(attach.error, t)}
        </span>
      )}
    </span>
  )
}
