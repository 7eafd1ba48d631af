import { maskName } from "@tianfu/domain"

// The audit log's picture of a household change: only the touched fields,
// ciphertexts replaced by their masked forms, names masked.
export function auditView(
  record: Record<string, unknown>,
  keys: string[]
): Record<string, unknown> {
  const view: Record<string, unknown> = {}
  for (const key of keys) {
    if (key === "phone_encrypted" || key === "phone_masked") {
      view.phone = record.phone_masked ?? null
    } else if (key === "head_name") {
      view.head_name =
        typeof record.head_name === "string" ? maskName(record.head_name) : null
    } else if (key !== "id") {
      view[key] = record[key] ?? null
    }
  }
  return view
}
