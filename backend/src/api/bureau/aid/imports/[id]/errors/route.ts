import { importErrors } from "../../../../registry/import-access"

// The refused rows of an aid list import (JSON, or CSV with format=csv).
export const GET = importErrors("aid")
