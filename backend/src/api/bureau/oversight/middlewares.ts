import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import {
  BureauAssign,
  BureauCaseQueueParams,
  BureauCloseCase,
  BureauComment,
  BureauFlagQueueParams,
  BureauHouseholdAidParams,
  BureauOversightReportParams,
  BureauPostAid,
  BureauResolveFlag,
  BureauRunsParams,
  BureauSettings,
  BureauShockEvent,
  BureauStartRun,
} from "./validators"
import {
  BureauCreateRegistryImport,
  BureauGetRegistryErrorsParams,
  BureauGetRegistryImportsParams,
} from "../registry/validators"

const body = (matcher: string, schema: Parameters<typeof validateBody>[0]) => ({
  method: ["POST" as const],
  matcher,
  middlewares: [validateBody(schema)],
})

const query = (
  matcher: string,
  schema: Parameters<typeof validateAndTransformQuery>[0]
) => ({
  method: ["GET" as const],
  matcher,
  middlewares: [validateAndTransformQuery(schema, {})],
})

export const bureauOversightMiddlewares: MiddlewareRoute[] = [
  query("/bureau/oversight/flags", BureauFlagQueueParams),
  query("/bureau/oversight/cases", BureauCaseQueueParams),
  query("/bureau/oversight/runs", BureauRunsParams),
  query("/bureau/households/:id/aid", BureauHouseholdAidParams),
  query("/bureau/reports/oversight", BureauOversightReportParams),
  body("/bureau/oversight/runs", BureauStartRun),
  body("/bureau/oversight/settings", BureauSettings),
  body("/bureau/oversight/flags/:id/assign", BureauAssign),
  body("/bureau/oversight/flags/:id/comments", BureauComment),
  body("/bureau/oversight/flags/:id/resolve", BureauResolveFlag),
  body("/bureau/oversight/cases/:id/assign", BureauAssign),
  body("/bureau/oversight/cases/:id/comments", BureauComment),
  body("/bureau/oversight/cases/:id/close", BureauCloseCase),
  body("/bureau/households/:id/shock-events", BureauShockEvent),
  body("/bureau/aid/records", BureauPostAid),
  query("/bureau/aid/imports", BureauGetRegistryImportsParams),
  body("/bureau/aid/imports", BureauCreateRegistryImport),
  {
    // The file is read as a stream by the route, never parsed whole.
    method: ["POST"],
    matcher: "/bureau/aid/imports/:id/file",
    bodyParser: false,
  },
  query("/bureau/aid/imports/:id/errors", BureauGetRegistryErrorsParams),
]
