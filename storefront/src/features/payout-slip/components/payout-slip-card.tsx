import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, Loading } from "@/components/states"
import { errorMessage } from "@/lib/api-error"
import { formatDate, formatFen } from "@/lib/money"
import { httpStatus } from "@/lib/sdk"
import { useAnswerSlip, usePayoutSlip } from "../api/use-payout-slip"
import type { SlipOutcome, SlipResponder } from "../types"

const OUTCOMES: SlipOutcome[] = ["confirmed", "not_received", "wrong_amount"]

// A payout slip opened from its QR code: what was paid, and three answers.
// Written for a phone held by a household head or the village's first
// secretary: large buttons, plain words, nothing personal beyond the
// masked name the household already knows.
export function PayoutSlipCard({ token }: { token: string }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const slip = usePayoutSlip(token)
  const answer = useAnswerSlip(token)
  const [responder, setResponder] = useState<SlipResponder>("household")
  const [note, setNote] = useState("")
  if (slip.isPending) return <Loading />
  if (slip.isError) {
    const status = httpStatus(slip.error)
    return (
      <ErrorState
        message={
          status === 404
            ? t("slip.invalid")
            : status === 429
              ? t("slip.tooMany")
              : errorMessage(slip.error, t)
        }
        onRetry={status === 404 ? undefined : () => void slip.refetch()}
      />
    )
  }
  const data = slip.data
  const closed = !!data.answer || data.expired || data.withdrawn
  return (
    <article className="mx-auto max-w-md space-y-5" data-testid="payout-slip">
      <header className="rounded-xl bg-brand-50 p-4">
        <p className="text-sm text-stone-600">{t("slip.from")}</p>
        <h1 className="text-xl font-bold">{data.cooperative}</h1>
        <p className="mt-3 text-sm text-stone-600">
          {t("slip.to", { name: data.head_name ?? "" })}
        </p>
        <p className="mt-1 text-3xl font-bold" data-testid="slip-amount">
          {formatFen(data.amount)}
        </p>
        <p className="text-sm text-stone-600">
          {t(`slip.kind.${data.kind}`)} · {formatDate(data.paid_on, lang)}
        </p>
      </header>
      {data.answer && (
        <p
          role="status"
          className="rounded-lg bg-stone-100 p-4 text-center"
          data-testid="slip-answered"
        >
          {t(`slip.answered.${data.answer.outcome}`)}
        </p>
      )}
      {!data.answer && data.withdrawn && (
        <p role="status" className="rounded-lg bg-stone-100 p-4 text-center">
          {t("slip.withdrawn")}
        </p>
      )}
      {!data.answer && !data.withdrawn && data.expired && (
        <p role="status" className="rounded-lg bg-stone-100 p-4 text-center">
          {t("slip.expired")}
        </p>
      )}
      {!closed && (
        <form
          className="space-y-4"
          onSubmit={(event) => event.preventDefault()}
        >
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">{t("slip.who")}</legend>
            {(["household", "first_secretary"] as SlipResponder[]).map(
              (value) => (
                <label key={value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="responder"
                    value={value}
                    checked={responder === value}
                    onChange={() => setResponder(value)}
                  />
                  {t(`slip.responder.${value}`)}
                </label>
              )
            )}
          </fieldset>
          <label className="block text-sm">
            {t("slip.note")}
            <textarea
              className="mt-1 w-full rounded border border-stone-300 p-2"
              maxLength={300}
              rows={2}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </label>
          {answer.isError && (
            <ErrorState message={errorMessage(answer.error, t)} />
          )}
          <div className="grid gap-3">
            {OUTCOMES.map((outcome) => (
              <button
                key={outcome}
                type="button"
                disabled={answer.isPending}
                data-testid={`slip-${outcome}`}
                onClick={() =>
                  answer.mutate({
                    outcome,
                    responder,
                    ...(note.trim() ? { note: note.trim() } : {}),
                  })
                }
                className={
                  outcome === "confirmed"
                    ? "rounded-lg bg-brand-600 px-4 py-3 text-lg font-medium text-white disabled:opacity-50"
                    : "rounded-lg border border-stone-300 px-4 py-3 text-lg disabled:opacity-50"
                }
              >
                {t(`slip.outcome.${outcome}`)}
              </button>
            ))}
          </div>
        </form>
      )}
    </article>
  )
}
