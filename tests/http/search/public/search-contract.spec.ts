import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { seedBaseStore } from "../../../../seed/src/base-store"
import { DEMO_LOGINS, ensureReviewer } from "../../../../seed/src/demo/accounts"
import { ensureBatches } from "../../../../seed/src/demo/batches"
import { ensureCooperative } from "../../../../seed/src/demo/cooperatives"
import { ensureCounties } from "../../../../seed/src/demo/counties"
import { DEMO_COOPERATIVES } from "../../../../seed/src/demo/data/catalog"
import {
  ensureHouseholds,
  makeHousehold,
} from "../../../../seed/src/demo/households"
import {
  ensureCategories,
  ensureProduct,
} from "../../../../seed/src/demo/products"
import { seededRandom } from "../../../../seed/src/demo/random"
import { reindexSearch } from "../../../../backend/src/workflows/search/utils/reindex"
import { SEARCH_MODULE } from "../../../../backend/src/modules/product-search"
import type SearchModuleService from "../../../../backend/src/modules/product-search/service"
import type {
  SearchProviderName,
  SearchQuery,
} from "../../../../backend/src/modules/product-search/types"
import { changeCooperativeStatusWorkflow } from "../../../../backend/src/workflows/cooperative"
import { TEST_PASSWORD } from "../../../helpers/actors"
import { eventually } from "../../../helpers/eventually"
import { describeHttp } from "../../../helpers/medusa-app"

jest.setTimeout(240 * 1000)

// Meilisearch, when `npm test` could start one (see scripts/lib/meilisearch.mjs),
// is this app's search provider; the PostgreSQL table is kept either way,
// so the same contract runs against both through the search module.
const meiliHost = process.env.TEST_MEILISEARCH_HOST
const previousEnv = { ...process.env }
if (meiliHost) {
  process.env.MEILISEARCH_HOST = meiliHost
  process.env.MEILISEARCH_API_KEY = process.env.TEST_MEILISEARCH_API_KEY
  process.env.MEILISEARCH_INDEX = `products_test_${Date.now()}`
} else {
  console.warn(
    `search contract: Meilisearch half SKIPPED: ${process.env.TEST_MEILISEARCH_SKIP_REASON ?? "no TEST_MEILISEARCH_HOST"}`
  )
}
afterAll(() => {
  for (const key of [
    "MEILISEARCH_HOST",
    "MEILISEARCH_API_KEY",
    "MEILISEARCH_INDEX",
  ]) {
    if (previousEnv[key] === undefined) delete process.env[key]
    else process.env[key] = previousEnv[key]
  }
})

const FIXTURE = ["zhaojue-buckwheat", "cangxi-kiwifruit", "cangxi-sydney-pear"]
const KIWI = "cangxi-red-heart-kiwifruit"

describeHttp(
  "search (PostgreSQL and Meilisearch)",
  ({ request, getContainer }) => {
    let publishableKey: string
    // The catalogue as Medusa holds it, to check search against.
    let catalogue: {
      id: string
      handle: string
      county: string
      categories: string[]
      price: number
      in_stock: boolean
    }[]

    const search = () =>
      getContainer().resolve<SearchModuleService>(SEARCH_MODULE)
    const ask = (provider: SearchProviderName, query: Partial<SearchQuery>) =>
      search().searchProducts(
        { q: "", sort: "relevance", limit: 50, offset: 0, ...query },
        provider
      )
    const store = () => ({ "x-publishable-api-key": publishableKey })
    const countBy = (values: string[]) =>
      Object.entries(
        values.reduce<Record<string, number>>(
          (counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }),
          {}
        )
      )
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))

    beforeAll(async () => {
      const container = getContainer()
      publishableKey = (await seedBaseStore(container)).publishableKey
      await ensureCounties(container)
      const provinceReviewerId = await ensureReviewer(
        container,
        DEMO_LOGINS.provinceReviewer,
        TEST_PASSWORD
      )
      const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
      const ctx = {
        container,
        logger,
        password: TEST_PASSWORD,
        provinceReviewerId,
      }
      const categories = await ensureCategories(container)
      for (const [i, coop] of DEMO_COOPERATIVES.filter((c) =>
        FIXTURE.includes(c.handle)
      ).entries()) {
        const cooperative = await ensureCooperative(ctx, coop)
        const random = seededRandom(42 + i)
        const members = await ensureHouseholds(
          ctx,
          cooperative,
          [0, 1, 2].map((k) =>
            makeHousehold(coop.county_code, i * 10 + k, random)
          ),
          random
        )
        // Every product but each cooperative's last has traced stock.
        for (const [k, product] of coop.products.entries()) {
          const created = await ensureProduct(
            ctx,
            cooperative,
            product,
            categories
          )
          if (k < coop.products.length - 1) {
            await ensureBatches(
              ctx,
              cooperative,
              coop,
              product,
              created,
              members,
              random,
              Date.now()
            )
          }
        }
      }
      await reindexSearch(container)
      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product",
          fields: [
            "id",
            "handle",
            "categories.handle",
            "cooperative.county_code",
            "variants.prices.amount",
            "variants.batches.stock_quantity",
          ],
        })
      catalogue = (
        data as unknown as {
          id: string
          handle: string
          categories: { handle: string }[]
          cooperative: { county_code: string }
          variants: {
            prices: { amount: number }[]
            batches: { stock_quantity: number }[]
          }[]
        }[]
      ).map((p) => ({
        id: p.id,
        handle: p.handle,
        county: p.cooperative.county_code,
        categories: p.categories.map((c) => c.handle),
        price: Math.min(
          ...p.variants.flatMap((v) =>
            v.prices.map((x) => Math.round(x.amount * 100))
          )
        ),
        in_stock: p.variants.some((v) =>
          (v.batches ?? []).some((b) => b.stock_quantity > 0)
        ),
      }))
    })

    const providers: SearchProviderName[] = meiliHost
      ? ["postgres", "meilisearch"]
      : ["postgres"]

    if (!meiliHost) {
      it.skip(`meilisearch contract (skipped: ${process.env.TEST_MEILISEARCH_SKIP_REASON ?? "not configured"})`, () => {})
    }

    // The runner restores the database before every test, but not the
    // Meilisearch index: a test that changes the catalogue waits until every
    // provider holds the whole catalogue again, so the next test (of either
    // provider) starts from it.
    const settledEverywhere = () =>
      eventually(async () => {
        for (const provider of providers) {
          expect((await ask(provider, {})).count).toBe(catalogue.length)
        }
      })

    describe.each(providers)("%s provider", (provider) => {
      const handles = async (query: Partial<SearchQuery>) =>
        (await ask(provider, query)).hits.map((h) => h.handle)

      it("finds the Cangxi kiwifruit in Chinese, in English and through a typo", async () => {
        expect(await handles({ q: "猕猴桃" })).toContain(KIWI)
        expect(await handles({ q: "kiwi" })).toContain(KIWI)
        expect(await handles({ q: "kiwifriut" })).toContain(KIWI)
        expect((await handles({ q: "红心猕猴桃" }))[0]).toBe(KIWI)
        expect(await handles({ q: "zzqxv" })).toEqual([])
      })

      // What a product is ranks before who sells it: the 苦荞 cooperative's
      // potatoes match "苦荞" only through the cooperative's name.
      it("ranks title matches before a match on the cooperative's name alone", async () => {
        const { hits } = await ask(provider, { q: "苦荞" })
        const titled = hits.map((h) => h.title.includes("苦荞"))
        expect(titled.filter(Boolean).length).toBeGreaterThanOrEqual(2)
        expect(titled.includes(false)).toBe(true)
        expect(titled.lastIndexOf(true)).toBeLessThan(titled.indexOf(false))
        expect(hits.at(-1)!.title).toBe("昭觉高山洋芋")
      })

      it("lists everything for an empty query, with facets that match the catalogue", async () => {
        const result = await ask(provider, {})
        expect(result.count).toBe(catalogue.length)
        expect(result.facets.county_code).toEqual(
          countBy(catalogue.map((p) => p.county))
        )
        expect(result.facets.category).toEqual(
          countBy(catalogue.flatMap((p) => p.categories))
        )
        expect(result.facets.in_stock).toEqual(
          countBy(catalogue.map((p) => String(p.in_stock)))
        )
      })

      it("filters by county, category, price range and stock as the catalogue says", async () => {
        const cangxi = await ask(provider, { county_code: ["510824"] })
        expect(cangxi.hits.map((h) => h.id).sort()).toEqual(
          catalogue
            .filter((p) => p.county === "510824")
            .map((p) => p.id)
            .sort()
        )
        const fruit = await ask(provider, {
          category: ["fruit"],
          in_stock: true,
        })
        expect(fruit.hits.map((h) => h.id).sort()).toEqual(
          catalogue
            .filter((p) => p.categories.includes("fruit") && p.in_stock)
            .map((p) => p.id)
            .sort()
        )
        const cheap = await ask(provider, {
          price_min: 2000,
          price_max: 5000,
          sort: "price_asc",
        })
        expect(cheap.hits.map((h) => h.id).sort()).toEqual(
          catalogue
            .filter((p) => p.price >= 2000 && p.price <= 5000)
            .map((p) => p.id)
            .sort()
        )
        const prices = cheap.hits.map((h) => h.price_min as number)
        expect(prices).toEqual([...prices].sort((a, b) => a - b))
      })

      it("pages through a sorted list without gaps or repeats", async () => {
        const all = await handles({ sort: "price_desc", limit: 50 })
        const pages = [
          ...(await handles({ sort: "price_desc", limit: 3, offset: 0 })),
          ...(await handles({ sort: "price_desc", limit: 3, offset: 3 })),
          ...(await handles({ sort: "price_desc", limit: 3, offset: 6 })),
        ]
        expect(pages).toEqual(all.slice(0, 9))
      })

      it("shows a product change as soon as its event is processed", async () => {
        const product = catalogue.find((p) => p.handle === KIWI)
        const word = `${provider}rainbow`
        await updateProductsWorkflow(getContainer()).run({
          input: {
            selector: { id: product!.id },
            update: { title: `苍溪红心猕猴桃 ${word}` },
          },
        })
        await eventually(async () =>
          expect(await handles({ q: word })).toEqual([KIWI])
        )
        await updateProductsWorkflow(getContainer()).run({
          input: {
            selector: { id: product!.id },
            update: { title: "苍溪红心猕猴桃" },
          },
        })
        await eventually(async () =>
          expect(await handles({ q: word })).toEqual([])
        )
        await settledEverywhere()
      })

      it("hides a suspended cooperative's products and shows them again when approved", async () => {
        const [cooperative] = await getContainer()
          .resolve<{
            listCooperatives: (f: object) => Promise<{ id: string }[]>
          }>("cooperative")
          .listCooperatives({ handle: "cangxi-sydney-pear" })
        const status = (to: "suspended" | "approved") =>
          changeCooperativeStatusWorkflow(getContainer()).run({
            input: {
              cooperative_id: cooperative.id,
              jurisdiction_code: "51",
              status: to,
              reason: "search contract",
              actor_id: "test",
            },
          })
        await status("suspended")
        await eventually(async () =>
          expect(await handles({ q: "雪梨" })).toEqual([])
        )
        await status("approved")
        await eventually(async () =>
          expect(await handles({ q: "雪梨" })).toContain("cangxi-sydney-pears")
        )
        await settledEverywhere()
      })
    })

    describe("GET /store/search", () => {
      it("answers with hits in yuan, provenance and facets, and no household identities", async () => {
        const response = await request()
          .get("/store/search")
          .query({ q: "猕猴桃", county: "510824" })
          .set(store())
        expect(response.status).toBe(200)
        expect(response.body).toEqual(
          expect.objectContaining({
            offset: 0,
            limit: 20,
            provider: providers.at(-1),
          })
        )
        const kiwi = response.body.hits.find(
          (h: { handle: string }) => h.handle === KIWI
        )
        expect(kiwi).toEqual(
          expect.objectContaining({
            county_code: "510824",
            county_name_en: "Cangxi County",
            currency_code: "cny",
            in_stock: true,
          })
        )
        expect(kiwi.households_count).toBeGreaterThan(0)
        expect(kiwi.price_min).toBe(
          catalogue.find((p) => p.handle === KIWI)!.price / 100
        )
        expect(JSON.stringify(response.body)).not.toMatch(
          /household_id|id_number|head_name|search_text/
        )
      })

      it("lists the whole catalogue for an empty query, a page at a time", async () => {
        const response = await request()
          .get("/store/search")
          .query({ limit: 5 })
          .set(store())
        expect(response.status).toBe(200)
        expect(response.body.count).toBe(catalogue.length)
        expect(response.body.hits).toHaveLength(5)
      })

      it.each([
        [{ sort: "cheapest" }, "sort"],
        [{ min_price: "-1" }, "min_price"],
        [{ county: "Zhaojue" }, "county"],
        [{ certification: "best" }, "certification"],
        [{ in_stock: "yes" }, "in_stock"],
        [{ limit: "500" }, "limit"],
        [{ min_price: "50", max_price: "10" }, "min_price"],
        [{ colour: "red" }, "colour"],
      ])("refuses %j with a 400 naming %s", async (params, field) => {
        const response = await request()
          .get("/store/search")
          .query(params)
          .set(store())
        expect(response.status).toBe(400)
        expect(response.body.message).toContain(field)
      })
    })
  }
)
