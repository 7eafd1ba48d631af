import { runAidImport } from "../../../../../../workflows/oversight/utils/run-aid-import"
import { receiveImportFile } from "../../../../registry/import-access"

// The aid list (see receiveImportFile and runAidImport): one record a
// row, the household by registry number or by its head's ID number.
export const POST = receiveImportFile("aid", (scope, id, caller, stream) =>
  runAidImport(scope, id, caller, stream)
)
