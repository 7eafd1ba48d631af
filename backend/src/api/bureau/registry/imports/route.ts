import { listImports, openImport } from "../import-access"

// The registry imports of the jurisdiction, newest first.
export const GET = listImports("registry")

// Opens a registry import for a file the reviewer is about to send.
export const POST = openImport("registry")
