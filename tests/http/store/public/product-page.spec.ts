import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ProductPage, Provenance, Trace } from "@tianfu/domain"
import { createBatchWorkflow } from "../../../../backend/src/workflows/batch/workflows/create-batch"
import type { BaseStore } from "../../../../seed/src/base-store"
import { operator } from "../../../helpers/actors"
import { seedDemoMarketplace } from "../../../helpers/demo"
import { eventually } from "../../../helpers/eventually"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  startStorefront,
  type StorefrontServer,
} from "../../../helpers/storefront-server"

jest.setTimeout(600 * 1000)

const HANDLE = "cangxi-kiwi-dried"

// The fields the product page asked /store/products/:id for before it read
// everything through /store/product-pages/:handle.
const OLD_PAGE_FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "thumbnail",
  "metadata",
  "*images",
  "variants.id",
  "variants.title",
  "variants.manage_inventory",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
].join(",")

describeHttp(
  "the product page in one call",
  ({ request, baseUrl, getContainer }) => {
    let base: BaseStore
    let storefront: StorefrontServer
    const store = () => ({ "x-publishable-api-key": base.publishableKey })

    beforeAll(async () => {
      base = await seedDemoMarketplace(getContainer(), { orders: 2 })
    })

    afterAll(async () => {
      await storefront?.stop()
    })

    const sql = async <T>(text: string, bindings: string[] = []) => {
      const knex = getContainer().resolve(
        ContainerRegistrationKeys.PG_CONNECTION
      )
      return (await knex.raw(text, bindings)).rows as T[]
    }

    const onePage = async (handle = HANDLE) => {
      const response = await request()
        .get(`/store/product-pages/${handle}?region_id=${base.regionId}`)
        .set(store())
      expect(response.status).toBe(200)
      return response.body.product_page as ProductPage
    }

    it("answers what the page's four requests answered, in one", async () => {
      const page = await onePage()

      // The four requests the page made before.
      const idAnswer = await request()
        .get(`/store/product-handles/${HANDLE}`)
        .set(store())
      const id = idAnswer.body.product.id as string
      const [productAnswer, provenanceAnswer] = await Promise.all([
        request()
          .get(`/store/products/${id}`)
          .query({ region_id: base.regionId, fields: OLD_PAGE_FIELDS })
          .set(store()),
        request().get(`/store/products/${id}/provenance`).set(store()),
      ])
      const provenance = provenanceAnswer.body.provenance as Provenance
      const traceAnswer = await request()
        .get(`/store/trace/${provenance.batches[0].trace_code}`)
        .set(store())
      const trace = traceAnswer.body.trace as Trace
      const old = productAnswer.body.product

      expect(page.product).toEqual({
        id: old.id,
        title: old.title,
        handle: old.handle,
        description: old.description,
        thumbnail: old.thumbnail,
        images: old.images.map((i: { id: string; url: string }) => ({
          id: i.id,
          url: i.url,
        })),
        metadata: {
          ...(old.metadata?.title_en
            ? { title_en: old.metadata.title_en }
            : {}),
          ...(old.metadata?.description_en
            ? { description_en: old.metadata.description_en }
            : {}),
        },
        variants: old.variants.map(
          (v: {
            id: string
            title: string
            manage_inventory: boolean
            inventory_quantity?: number | null
            calculated_price: {
              calculated_amount: number
              original_amount: number
              currency_code: string
            }
          }) => ({
            id: v.id,
            title: v.title,
            manage_inventory: v.manage_inventory,
            inventory_quantity: v.manage_inventory
              ? (v.inventory_quantity ?? null)
              : null,
            calculated_price: {
              calculated_amount: v.calculated_price.calculated_amount,
              original_amount: v.calculated_price.original_amount,
              currency_code: v.calculated_price.currency_code,
            },
          })
        ),
      })
      // Prices for the region, in Medusa's yuan; stock per variant.
      expect(page.product.variants.length).toBeGreaterThan(0)
      for (const variant of page.product.variants) {
        expect(variant.calculated_price?.currency_code).toBe("cny")
        expect(variant.calculated_price?.calculated_amount).toBeGreaterThan(0)
        expect(typeof variant.inventory_quantity).toBe("number")
      }
      expect(page.provenance).toEqual(provenance)
      // The trace page's timeline (corrections included) without the
      // attachments, which the product page does not show.
      expect(page.timeline).toEqual(
        (
          trace.timeline as (Trace["timeline"][number] & {
            attachments?: unknown
          })[]
        ).map(({ attachments: _attachments, ...event }) => event)
      )
      expect(page.timeline.length).toBeGreaterThan(1)

      // Without a region, no prices (as Medusa's detail read without one).
      const unpriced = await request()
        .get(`/store/product-pages/${HANDLE}`)
        .set(store())
      expect(unpriced.status).toBe(200)
      expect(
        unpriced.body.product_page.product.variants.map(
          (v: { calculated_price: unknown }) => v.calculated_price
        )
      ).toEqual(page.product.variants.map(() => null))
    })

    it("says sold out per variant as Medusa counts the sales channel's stock", async () => {
      const [row] = await sql<{ variant_id: string }>(
        `select pv.id as variant_id from product_variant pv
         join product p on p.id = pv.product_id
        where p.handle = ? and pv.deleted_at is null
        order by pv.id limit 1`,
        [HANDLE]
      )
      // The variant's stock is all sold: nothing left in the channel.
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [link] = await sql<{ inventory_item_id: string }>(
        `select inventory_item_id from product_variant_inventory_item
          where variant_id = ? and deleted_at is null`,
        [row.variant_id]
      )
      const levels = await inventory.listInventoryLevels({
        inventory_item_id: link.inventory_item_id,
      })
      const stock = (amount: (level: (typeof levels)[number]) => number) =>
        inventory.updateInventoryLevels(
          levels.map((level) => ({
            inventory_item_id: level.inventory_item_id,
            location_id: level.location_id,
            stocked_quantity: amount(level),
          }))
        )
      await stock((level) => Number(level.reserved_quantity))
      try {
        const page = await onePage()
        const soldOut = page.product.variants.find(
          (v) => v.id === row.variant_id
        )
        expect(soldOut?.inventory_quantity).toBe(0)
        const medusa = await request()
          .get(`/store/products/${page.product.id}`)
          .query({ fields: "variants.id,+variants.inventory_quantity" })
          .set(store())
        expect(
          medusa.body.product.variants.find(
            (v: { id: string }) => v.id === row.variant_id
          ).inventory_quantity
        ).toBe(0)
      } finally {
        await stock((level) => Number(level.stocked_quantity))
      }
    })

    it("never names a household", async () => {
      const page = JSON.stringify(await onePage())
      const households = await sql<{
        id: string
        head_name: string
        id_number_masked: string
      }>("select id, head_name, id_number_masked from household")
      expect(households.length).toBeGreaterThan(0)
      for (const household of households) {
        expect(page).not.toContain(household.id)
        expect(page).not.toContain(household.head_name)
        expect(page).not.toContain(household.id_number_masked)
      }
      expect(page).not.toMatch(/household_id|contributions|head_name/)
    })

    it("refuses what it cannot answer: 404 for an unknown handle, 400 naming the field", async () => {
      const unknown = await request()
        .get("/store/product-pages/no-such-product")
        .set(store())
      expect(unknown.status).toBe(404)
      for (const [query, field] of [
        ["region_id=nope", "region_id"],
        ["region_id=reg_01NOSUCHREGION", "region_id"],
        ["region_id[]=a&region_id[]=b", "region_id"],
        ["fields=*variants", "fields"],
      ]) {
        const bad = await request()
          .get(`/store/product-pages/${HANDLE}?${query}`)
          .set(store())
        expect(bad.status).toBe(400)
        expect(bad.body.message).toContain(field)
      }
      const noKey = await request().get(`/store/product-pages/${HANDLE}`)
      expect(noKey.status).toBe(400)
      const badSince = await request()
        .get("/store/product-changes?since=yesterday")
        .set(store())
      expect(badSince.status).toBe(400)
      expect(badSince.body.message).toContain("since")
    })

    it("lists the products whose pages changed, from the search subscribers' events", async () => {
      const start = await request().get("/store/product-changes").set(store())
      expect(start.status).toBe(200)
      expect(start.body.product_ids).toEqual([])
      const page = await onePage()
      const admin = await operator(getContainer(), request)
      const updated = await request()
        .post(`/admin/products/${page.product.id}`)
        .set(admin.headers)
        .send({ subtitle: "changed" })
      expect(updated.status).toBe(200)
      await eventually(async () => {
        const changes = await request()
          .get("/store/product-changes")
          .query({ since: start.body.until })
          .set(store())
        expect(changes.body.product_ids).toContain(page.product.id)
      })
    })

    describe("the storefront's kept pages", () => {
      beforeAll(async () => {
        storefront = await startStorefront({
          backendUrl: baseUrl(),
          publishableKey: base.publishableKey,
        })
      })

      const get = (path: string, headers: Record<string, string> = {}) =>
        fetch(`${storefront.url}${path}`, { headers })
      const nonceOf = (response: Response) =>
        response.headers
          .get("content-security-policy")
          ?.match(/'nonce-([^']+)'/)?.[1]

      // The first answer after the storefront starts following the backend's
      // changes is kept; until then pages render every time.
      const kept = async (path: string, headers: Record<string, string> = {}) =>
        eventually(async () => {
          const first = await get(path, headers)
          await first.text()
          const second = await get(path, headers)
          const html = await second.text()
          expect(second.headers.get("etag")).toBeTruthy()
          expect(second.headers.get("etag")).toBe(first.headers.get("etag"))
          return { response: second, html }
        })

      it("keeps an anonymous shopper's page with Cache-Control, ETag and a fresh nonce, and answers 304", async () => {
        const { response, html } = await kept(`/products/${HANDLE}`)
        expect(response.status).toBe(200)
        expect(response.headers.get("cache-control")).toBe(
          "private, max-age=0, stale-while-revalidate=60"
        )
        expect(response.headers.get("vary")).toMatch(/Cookie/)
        const etag = response.headers.get("etag")!
        expect(etag).toMatch(/^W\/"[\w-]+"$/)
        const nonce = nonceOf(response)!
        for (const tag of html.match(/<script\b[^>]*>/g) ?? [])
          expect(tag).toContain(`nonce="${nonce}"`)
        const again = await get(`/products/${HANDLE}`)
        await again.text()
        expect(again.headers.get("etag")).toBe(etag)
        expect(nonceOf(again)).not.toBe(nonce)

        const revalidated = await get(`/products/${HANDLE}`, {
          "if-none-match": etag,
        })
        expect(revalidated.status).toBe(304)
        expect(await revalidated.text()).toBe("")
        expect(revalidated.headers.get("etag")).toBe(etag)
        // The browser keeps the policy that matches its kept copy's nonce.
        expect(revalidated.headers.get("content-security-policy")).toBeNull()

        // Kept per language: English is another page.
        const english = await kept(`/products/${HANDLE}`, {
          cookie: "tianfu_lang=en",
        })
        expect(english.response.headers.get("etag")).not.toBe(etag)
        expect(english.html).toContain('lang="en"')
      })

      it("never keeps the page of a request with any other cookie or an Authorization", async () => {
        for (const headers of <Record<string, string>[]>[
          { cookie: "connect.sid=s%3Aabc; tianfu_lang=en" },
          { cookie: "_medusa_cart_id=cart_01" },
          { authorization: "Bearer abc" },
        ]) {
          const response = await get(`/products/${HANDLE}`, headers)
          await response.text()
          expect(response.status).toBe(200)
          expect(response.headers.get("cache-control")).toBe(
            "private, no-store"
          )
          expect(response.headers.get("etag")).toBeNull()
          expect(response.headers.get("vary")).toMatch(/Cookie/)
        }
      })

      it("renders afresh after the product changes", async () => {
        const { response } = await kept(`/products/${HANDLE}`)
        const etag = response.headers.get("etag")
        const page = await onePage()
        const admin = await operator(getContainer(), request)
        const title = `${page.product.title}（新）`
        const updated = await request()
          .post(`/admin/products/${page.product.id}`)
          .set(admin.headers)
          .send({ title })
        expect(updated.status).toBe(200)
        await eventually(
          async () => {
            const fresh = await get(`/products/${HANDLE}`)
            expect(await fresh.text()).toContain(title)
            expect(fresh.headers.get("etag")).not.toBe(etag)
          },
          { timeoutMs: 20_000, intervalMs: 250 }
        )
      })

      it("renders afresh after a batch of the product is added", async () => {
        const { html } = await kept(`/products/${HANDLE}`)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [product],
        } = await query.graph({
          entity: "product",
          fields: [
            "variants.id",
            "variants.batches.cooperative_id",
            "variants.batches.unit",
            "variants.batches.purchase_price",
          ],
          filters: { handle: HANDLE },
        })
        const variant = product.variants.find(
          (v: { batches?: unknown[] } | null) => v?.batches?.length
        )!
        const batch = variant.batches![0]!
        const oldest = {
          variant_id: variant.id,
          cooperative_id: batch.cooperative_id as string,
          unit: batch.unit as "kg" | "g" | "piece" | "l",
          purchase_price: batch.purchase_price as number | null,
        }
        const { result } = await createBatchWorkflow(getContainer()).run({
          input: {
            cooperative_id: oldest.cooperative_id,
            actor_id: "test",
            variant_id: oldest.variant_id,
            // The oldest now: its story is the one on the page.
            harvested_at: new Date("2024-01-05"),
            village: "新批次村",
            quantity: 10,
            unit: oldest.unit,
            stock_quantity: 10,
            purchase_price: oldest.purchase_price ?? undefined,
            certifications: [],
            contributions: [{ supplier_name: "村集体", quantity: 10 }],
          },
        })
        expect(html).not.toContain(result.trace_code)
        await eventually(
          async () => {
            const fresh = await get(`/products/${HANDLE}`)
            const text = await fresh.text()
            expect(text).toContain(result.trace_code)
            expect(text).toContain("新批次村")
          },
          { timeoutMs: 20_000, intervalMs: 250 }
        )
      })

      it("keeps nothing but pages: the route data of a client navigation passes through", async () => {
        const data = await get(`/products/${HANDLE}.data`)
        expect(data.status).toBe(200)
        expect(data.headers.get("etag")).toBeNull()
        expect(data.headers.get("content-type")).not.toMatch(/html/)
        const missing = await get("/products/no-such-product")
        expect(missing.status).toBe(404)
        expect(missing.headers.get("etag")).toBeNull()
      })
    })
  }
)
