import { listImports, openImport } from "../../registry/import-access"

// The aid list imports of the jurisdiction, newest first.
export const GET = listImports("aid")

// Opens an aid list import for a file the reviewer is about to send.
export const POST = openImport("aid")
