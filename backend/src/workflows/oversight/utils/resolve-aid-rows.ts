import type { MedusaContainer } from "@medusajs/framework/types"
import type { AidRow, AidRowError } from "@tianfu/domain"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import type { AidInput } from "../../../modules/oversight/service"
import { idNumberHash } from "../../../lib/provenance/household-identity"

// Checked aid rows → records of households in the reviewer's jurisdiction.
// An ID number is hashed here and dropped: it reaches no workflow input,
// record, error report or log. A household named but not found in the
// jurisdiction is refused with the same words whether it exists elsewhere
// or nowhere. A record named twice in the rows is refused the second time.
export async function resolveAidRows(
  scope: MedusaContainer,
  jurisdictionCode: string,
  rows: { row: AidRow; line: number }[]
): Promise<{ records: AidInput[]; errors: AidRowError[] }> {
  const households: HouseholdModuleService = scope.resolve(HOUSEHOLD_MODULE)
  const hashed = rows.map(({ row, line }) => {
    const { id_number, ...rest } = row
    return {
      line,
      row: rest,
      id_hash: id_number ? idNumberHash(id_number) : null,
    }
  })
  const found = await households.householdsNamed({
    county_prefix: jurisdictionCode,
    registry_numbers: [
      ...new Set(hashed.flatMap((h) => h.row.registry_number ?? [])),
    ],
    id_hashes: [...new Set(hashed.flatMap((h) => h.id_hash ?? []))],
  })
  const byNumber = new Map(found.map((h) => [h.registry_number, h]))
  const byHash = new Map(found.map((h) => [h.id_number_hash, h]))
  const records: AidInput[] = []
  const errors: AidRowError[] = []
  const seen = new Map<string, number>()
  for (const { line, row, id_hash } of hashed) {
    const household = row.registry_number
      ? byNumber.get(row.registry_number)
      : byHash.get(id_hash as string)
    if (!household) {
      errors.push({
        row: line,
        field: row.registry_number ? "registry_number" : "id_number",
        reason: "no household of your jurisdiction has it",
      })
      continue
    }
    const key = [
      household.id,
      row.source_kind,
      row.giver,
      row.reference,
      row.given_on,
    ].join("\u0000")
    const first = seen.get(key)
    if (first !== undefined) {
      errors.push({
        row: line,
        field: "reference",
        reason: `the same record appears again (first on row ${first})`,
      })
      continue
    }
    seen.set(key, line)
    records.push({
      household_id: household.id,
      county_code: household.county_code,
      source_kind: row.source_kind,
      giver: row.giver,
      purpose: row.purpose,
      amount: row.amount,
      in_kind: row.in_kind,
      given_on: row.given_on,
      reference: row.reference,
    })
  }
  return { records, errors }
}
