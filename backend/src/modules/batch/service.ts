import { MedusaService } from "@medusajs/framework/utils"
import { Batch } from "./models/batch"
import { BatchContribution } from "./models/batch-contribution"
import { TraceEvent } from "./models/trace-event"

class BatchModuleService extends MedusaService({
  Batch,
  BatchContribution,
  TraceEvent,
}) {}

export default BatchModuleService
