import { showImport } from "../../../registry/import-access"

// One aid list import and its progress.
export const GET = showImport("aid")
