// Evidence a cooperative keeps (a transfer receipt, a signed agreement):
// the kinds of file accepted, told by their first bytes, never by the name
// or the type the sender claims — a file named receipt.pdf that is HTML is
// refused, so nothing served back can run in a reviewer's browser.
export const DOCUMENT_TYPES = [
  {
    mime: "application/pdf",
    extension: "pdf",
    magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]],
  },
  {
    mime: "image/png",
    extension: "png",
    magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  },
  { mime: "image/jpeg", extension: "jpg", magic: [[0xff, 0xd8, 0xff]] },
] as const

export type DocumentType = (typeof DOCUMENT_TYPES)[number]

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)

// WebP: "RIFF", four bytes of length, "WEBP".
const isWebp = (bytes: Uint8Array) =>
  startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) &&
  startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50])

export function documentType(
  bytes: Uint8Array
): { mime: string; extension: string } | null {
  for (const type of DOCUMENT_TYPES) {
    if (type.magic.some((magic) => startsWith(bytes, magic))) return type
  }
  return isWebp(bytes) ? { mime: "image/webp", extension: "webp" } : null
}

// The name a document is shown and downloaded under: the sender's base
// name without folders or control characters, at most 120 characters, and
// the extension of what the bytes are.
export function documentName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\p{Cc}\p{Cf}"]/gu, "")
    .trim()
  const stem = base.replace(/\.[^.]*$/, "").slice(0, 110) || "document"
  return `${stem}.${extension}`
}

// Whether text is base64 (A–Z a–z 0–9 + /, padded to a multiple of four
// with at most two "="), checked character by character: a regular
// expression over megabytes of text can exhaust the stack.
export function isBase64(text: string): boolean {
  if (text.length === 0 || text.length % 4 !== 0) return false
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0
  for (let i = 0; i < text.length - padding; i++) {
    const c = text.charCodeAt(i)
    const ok =
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      c === 43 ||
      c === 47
    if (!ok) return false
  }
  return true
}
