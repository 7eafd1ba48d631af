import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { api, fileToBase64, type Page } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"

export type LinkageKind = "purchase" | "wage" | "dividend" | "land_rent"
export type PayoutMethod = "bank_transfer" | "wechat_pay" | "alipay" | "cash"

export type Agreement = {
  id: string
  household_id: string
  kind: LinkageKind
  floor_price: number | null
  unit: string | null
  daily_wage: number | null
  surplus_share_bp: number | null
  per_share_amount: number | null
  shares: number | null
  rent_per_mu: number | null
  area_centi_mu: number | null
  starts_on: string
  ends_on: string | null
  end_reason: string | null
  document_id: string | null
}

export type Payout = {
  id: string
  household_id: string
  agreement_id: string
  kind: LinkageKind
  entry: "payment" | "reversal"
  amount: number
  paid_on: string
  method: PayoutMethod
  reference: string
  reverses_id: string | null
  evidence_document_id: string | null
}

export type Obligation = {
  id: string
  household_id: string
  agreement_id: string | null
  kind: LinkageKind
  amount: number
  settled: number
  outstanding: number
  source_type: string
  source_id: string
  basis: string | null
  due_on: string
}

export type Slip = {
  url: string
  expires_at: string
  qr_svg: string
  cooperative: { name: string }
  payout: Payout
}

type List = { offset: number; limit: number }

const invalidate = () =>
  queryClient.invalidateQueries({ queryKey: queryKeys.linkage.all })

export function useAgreements(params: List & { in_force?: "true" }) {
  return useQuery({
    queryKey: queryKeys.linkage.agreements(params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ agreements: Agreement[] } & Page>("/vendor/agreements", {
        query: params,
      }),
  })
}

export function usePayouts(params: List) {
  return useQuery({
    queryKey: queryKeys.linkage.payouts(params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ payouts: Payout[] } & Page>("/vendor/payouts", { query: params }),
  })
}

export function useObligations(params: List & { open: "true" }) {
  return useQuery({
    queryKey: queryKeys.linkage.obligations(params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ obligations: Obligation[] } & Page>("/vendor/obligations", {
        query: params,
      }),
  })
}

export function useCreateAgreement() {
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<{ agreement: Agreement }>("/vendor/agreements", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function useRecordPayout() {
  return useMutation({
    mutationFn: (body: {
      agreement_id: string
      amount: number
      paid_on: string
      method: PayoutMethod
      reference: string
      evidence_document_id?: string
    }) => api<{ payout: Payout }>("/vendor/payouts", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export type LinkageDocument = {
  id: string
  filename: string
  mime_type: string
  size: number
}

// Stores a receipt or a signed agreement (PDF or image) and answers its
// document; the same file again is the same document.
export async function uploadDocument(file: File) {
  const content = await fileToBase64(file)
  return (
    await api<{ document: LinkageDocument }>("/vendor/documents", {
      method: "POST",
      body: { filename: file.name, content },
    })
  ).document
}

// Uploads the signed copy of an agreement and attaches it (or replaces
// the one attached).
export function useAttachAgreementDocument() {
  return useMutation({
    mutationFn: async ({ id, file }: { id: string; file: File }) => {
      const document = await uploadDocument(file)
      return api<{ agreement: Agreement }>(
        `/vendor/agreements/${encodeURIComponent(id)}/document`,
        { method: "POST", body: { document_id: document.id } }
      )
    },
    onSuccess: invalidate,
  })
}

// A new slip (a new single-use QR link) for a payment, each time asked.
export function useIssueSlip() {
  return useMutation({
    mutationFn: (payoutId: string) =>
      api<{ slip: Slip }>(
        `/vendor/payouts/${encodeURIComponent(payoutId)}/slip`,
        { method: "POST", body: {} }
      ),
  })
}

// Slips for several payments at once (an A4 sheet): one new single-use
// link each, issued one after another. A payment that gets none (answered
// already, reversed) is listed with the reason instead.
export function useIssueSlips() {
  return useMutation({
    mutationFn: async (payoutIds: string[]) => {
      const slips: Slip[] = []
      const refused: { id: string; error: unknown }[] = []
      for (const id of payoutIds) {
        try {
          slips.push(
            (
              await api<{ slip: Slip }>(
                `/vendor/payouts/${encodeURIComponent(id)}/slip`,
                { method: "POST", body: {} }
              )
            ).slip
          )
        } catch (error) {
          refused.push({ id, error })
        }
      }
      return { slips, refused }
    },
  })
}

export type StatementPayout = Payout & {
  reversed: boolean
  answer: "confirmed" | "not_received" | "wrong_amount" | null
  note: string | null
}

export type MemberStatement = {
  year: number
  cooperative: { id: string; name: string }
  household: {
    id: string
    registry_number: string
    head_name: string
    village: string
    township: string
    member_count: number
  }
  agreements: Agreement[]
  obligations: (Obligation & { floor_amount: number | null })[]
  payouts: StatementPayout[]
  totals: {
    attributed_to_household: number
    obligations: number
    paid: number
    confirmed: number
    disputed: number
    unconfirmed: number
    outstanding: number
    outstanding_late: number
  }
}

// A member's year with the cooperative (社员收益明细).
export function useMemberStatement(householdId: string, year: string) {
  return useQuery({
    queryKey: queryKeys.linkage.statement(householdId, year),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ statement: MemberStatement }>(
        `/vendor/households/${encodeURIComponent(householdId)}/statement`,
        { query: { year } }
      ),
  })
}

export type ImportResult = {
  imported: number
  skipped: number
  errors: { row: number; field: string; reason: string }[]
}

// Uploads a payout file's text; a refused all-or-nothing upload comes back
// as an ApiError whose body carries the per-row errors.
export function useImportPayouts() {
  return useMutation({
    mutationFn: (body: { csv: string; mode: "all_or_nothing" | "good_rows" }) =>
      api<ImportResult>("/vendor/payouts/import", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

// A spreadsheet saved as CSV on a Chinese Windows is often GBK: a file
// that is not valid UTF-8 is read as GB18030 (a superset of GBK).
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder("gb18030").decode(bytes)
  }
}
