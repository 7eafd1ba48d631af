import { importErrors } from "../../../import-access"

// The refused rows of a registry import (JSON, or CSV with format=csv).
export const GET = importErrors("registry")
