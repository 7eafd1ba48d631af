import { runRegistryImport } from "../../../../../../workflows/household/utils/run-registry-import"
import { receiveImportFile } from "../../../import-access"

// The registry file (see receiveImportFile), one household or one person a
// row; households of the counties it covers that it no longer lists are
// marked missing when it completes.
export const POST = receiveImportFile("registry", (scope, id, caller, stream) =>
  runRegistryImport(scope, id, caller, stream)
)
