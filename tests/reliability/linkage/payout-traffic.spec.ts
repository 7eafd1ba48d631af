// Thousands of slip answers from one address, some refused on purpose:
// the slip throttle (tested in the leak scan) is raised for this file.
process.env.PAYOUT_SLIP_RATE_LIMIT = "1000000"

import { seedBaseStore } from "../../../seed/src/base-store"
import { operator } from "../../helpers/actors"
import { buckwheatTea, createProduct } from "../../helpers/catalog"
import { ZHAOJUE } from "../../helpers/fixtures"
import { runLinkageTraffic } from "../../helpers/linkage-traffic"
import { describeHttp } from "../../helpers/medusa-app"
import { addHousehold } from "../../helpers/provenance"
import {
  createCounties,
  registerApprovedCooperative,
} from "../../helpers/tenants"

jest.setTimeout(60 * 60 * 1000)

const OPS = Number(process.env.LINKAGE_TRAFFIC_OPS ?? 600)
const SEEDS = (process.env.LINKAGE_TRAFFIC_SEEDS ?? "1,2,3")
  .split(",")
  .map(Number)

// The long run of the benefit-linkage traffic the HTTP suite sends 40 of:
// several seeds, hundreds of operations each, every view checked against
// the ledger and the model at the end of each.
describeHttp(
  "benefit linkage under random traffic",
  ({ request, getContainer }) => {
    it.each(SEEDS)(
      `keeps every view equal to the ledger over ${OPS} operations (seed %i)`,
      async (seed) => {
        const base = await seedBaseStore(getContainer())
        const admin = await operator(getContainer(), request)
        await createCounties(request, admin, [ZHAOJUE]).catch(() => undefined)
        const { coop, bureau } = await registerApprovedCooperative(
          request,
          admin,
          {
            email: `owner@traffic-${seed}.coop`,
            name: `随机合作社 ${seed}`,
            handle: `traffic-${seed}`,
            county_code: "513431",
            serial: `MA6TRF${String(seed).padStart(3, "0")}`,
          },
          {
            email: `traffic-${seed}@bureau.gov`,
            name: "昭觉县",
            jurisdiction_code: "513431",
          }
        )
        const households = []
        for (let i = 0; i < 8; i++) {
          households.push(
            await addHousehold(request, coop, "513431", seed * 20 + i)
          )
        }
        const product = await createProduct(
          request,
          coop,
          buckwheatTea(`traffic-${seed}`)
        )
        const started = Date.now()
        const result = await runLinkageTraffic({
          request,
          container: getContainer(),
          coop,
          reviewer: bureau,
          admin,
          store: { "x-publishable-api-key": base.publishableKey },
          variantId: product.variants[0].id,
          households,
          ops: OPS,
          seed,
        })
        process.stdout.write(
          `linkage traffic seed ${seed}: ${JSON.stringify(result.counts)}, ${result.payments} payments, ${((Date.now() - started) / 1000).toFixed(1)} s\n`
        )
        expect(result.mismatches).toEqual([])
      }
    )
  }
)
