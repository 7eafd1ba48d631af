import { FileImportPanel } from "@/components/file-import"
import { AID_IMPORTS } from "../api/aid-imports"
import { aidFailureText, aidReasonText } from "../utils/reason-text"

const WORDS = {
  ns: "oversight",
  prefix: "aid.",
  name: "aid",
  reasonText: aidReasonText,
  failureText: aidFailureText,
}

// A reviewer imports an aid list (帮扶台账) from one helper — pairing
// units, east–west partners, civil affairs, credit, industry, schools,
// hospitals, donors — exactly as the registry is imported: progress while
// it is read, then what it did and every refused row (never a value).
export function AidImportPanel() {
  return <FileImportPanel resource={AID_IMPORTS} words={WORDS} />
}
