import { showImport } from "../../import-access"

// One registry import and its progress.
export const GET = showImport("registry")
