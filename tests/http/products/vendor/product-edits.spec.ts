import sharp from "sharp"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type BaseStore, seedBaseStore } from "../../../../seed/src/base-store"
import { operator } from "../../../helpers/actors"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import { checkout, prepareCart } from "../../../helpers/checkout"
import { addBatch } from "../../../helpers/provenance"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  approveCooperative,
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(180 * 1000)

type Variant = {
  id: string
  title: string
  sku: string | null
  prices: { amount: number; currency_code: string }[]
}

describeHttp("a cooperative edits its product", ({ request, getContainer }) => {
  let base: BaseStore
  let zhaojue: CooperativeTenant
  let cangxi: CooperativeTenant
  let productId: string
  let smallId: string
  let foreignVariantId: string

  const detail = async (tenant: CooperativeTenant = zhaojue) =>
    request().get(`/vendor/products/${productId}`).set(tenant.headers)
  const edit = (body: object, tenant: CooperativeTenant = zhaojue) =>
    request()
      .post(`/vendor/products/${productId}`)
      .set(tenant.headers)
      .send(body)

  beforeAll(async () => {
    base = await seedBaseStore(getContainer())
    const admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, CANGXI])
    zhaojue = await registerCooperative(request, {
      email: "owner@zhaojue.coop",
      name: "昭觉县苦荞合作社",
      handle: "zhaojue",
      county_code: "513431",
      serial: "MA6BQ0001",
    })
    cangxi = await registerCooperative(request, {
      email: "owner@cangxi.coop",
      name: "苍溪县猕猴桃合作社",
      handle: "cangxi",
      county_code: "510824",
      serial: "MA6KW0001",
    })
    const bureau = await createBureauUser(request, admin, {
      email: "reviewer@sichuan.gov",
      name: "四川省商务厅",
      jurisdiction_code: "51",
    })
    await approveCooperative(request, bureau, zhaojue)
    await approveCooperative(request, bureau, cangxi)
    const product = await createProduct(request, zhaojue, buckwheatTea())
    productId = product.id
    smallId = product.variants.find((v) => v.title === "1kg")!.id
    const foreign = await createProduct(
      request,
      cangxi,
      buckwheatTea("cangxi-tea")
    )
    foreignVariantId = foreign.variants.find((v) => v.title === "1kg")!.id
  })

  it("replaces the images and changes a variant's price", async () => {
    const response = await edit({
      images: [
        { url: "https://img.example.cn/tea-1.jpg" },
        { url: "https://img.example.cn/tea-2.jpg" },
      ],
      thumbnail: "https://img.example.cn/tea-1.jpg",
      variants: [
        {
          id: smallId,
          sku: "tea-1kg-new",
          prices: [{ currency_code: "cny", amount: 72.5 }],
        },
      ],
    })
    expect(response.status).toBe(200)
    const product = response.body.product
    expect(product.images.map((i: { url: string }) => i.url).sort()).toEqual([
      "https://img.example.cn/tea-1.jpg",
      "https://img.example.cn/tea-2.jpg",
    ])
    expect(product.thumbnail).toBe("https://img.example.cn/tea-1.jpg")
    const small = product.variants.find((v: Variant) => v.id === smallId)
    expect(small.sku).toBe("tea-1kg-new")
    expect(small.prices).toEqual([
      expect.objectContaining({ currency_code: "cny", amount: 72.5 }),
    ])
    // The other variant keeps its price.
    const box = product.variants.find((v: Variant) => v.title === "5kg")
    expect(box.prices).toEqual([expect.objectContaining({ amount: 298 })])

    // The shop sells at the new price.
    const store = await request()
      .get(`/store/products/${productId}`)
      .query({ region_id: base.regionId, fields: "*variants.calculated_price" })
      .set({ "x-publishable-api-key": base.publishableKey })
    const shopSmall = store.body.product.variants.find(
      (v: { id: string }) => v.id === smallId
    )
    expect(shopSmall.calculated_price.calculated_amount).toBe(72.5)

    const fewer = await edit({
      images: [{ url: "https://img.example.cn/tea-2.jpg" }],
    })
    expect(
      fewer.body.product.images.map((i: { url: string }) => i.url)
    ).toEqual(["https://img.example.cn/tea-2.jpg"])
  })

  // A phone camera's photo: large, sideways by EXIF, with GPS in its
  // metadata. The shop keeps an upright WebP without any of it.
  it("turns a phone photo into upright WebP in two sizes without its metadata, and orders the gallery as sent", async () => {
    const photo = await sharp({
      create: {
        width: 4000,
        height: 3000,
        channels: 3,
        background: { r: 90, g: 140, b: 60 },
      },
    })
      .jpeg({ quality: 90 })
      .withMetadata({
        orientation: 6,
        exif: {
          IFD0: { Make: "TestPhone" },
          IFD3: { GPSLatitudeRef: "N", GPSLatitude: "28/1 0/1 0/1" },
        },
      })
      .toBuffer()
    const upload = (content: string, tenant = zhaojue) =>
      request()
        .post("/vendor/product-images")
        .set(tenant.headers)
        .send({ content })
    const uploaded = await upload(photo.toString("base64"))
    expect(uploaded.status).toBe(201)
    const { image } = uploaded.body
    // Orientation 6: the 4000×3000 picture stands upright, 1200×1600.
    expect([image.width, image.height]).toEqual([1200, 1600])
    for (const [url, longSide] of [
      [image.url, 1600],
      [image.thumbnail_url, 600],
    ] as const) {
      const file = await request()
        .get(new URL(url).pathname)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = []
          res.on("data", (c: Buffer) => chunks.push(c))
          res.on("end", () => done(null, Buffer.concat(chunks)))
        })
      expect(file.status).toBe(200)
      const meta = await sharp(file.body as Buffer).metadata()
      expect(meta.format).toBe("webp")
      expect(Math.max(meta.width!, meta.height!)).toBe(longSide)
      expect(meta.height! > meta.width!).toBe(true)
      expect(meta.exif).toBeUndefined()
      expect((file.body as Buffer).includes(Buffer.from("TestPhone"))).toBe(
        false
      )
    }

    // Not a photo, a lie about its size, nothing at all: a 400 naming
    // content; another role: 401.
    for (const content of [
      Buffer.from("%PDF-1.4 not a photo").toString("base64"),
      "not base64!",
      "",
    ]) {
      const refused = await upload(content)
      expect([content.slice(0, 10), refused.status]).toEqual([
        content.slice(0, 10),
        400,
      ])
      expect(refused.body.message).toContain("content")
    }
    const anonymous = await request()
      .post("/vendor/product-images")
      .send({ content: photo.toString("base64") })
    expect(anonymous.status).toBe(401)

    // The gallery in the order sent; the card shows the chosen one's small
    // size.
    const second = await upload(
      (
        await sharp({
          create: {
            width: 800,
            height: 800,
            channels: 3,
            background: { r: 200, g: 60, b: 40 },
          },
        })
          .png()
          .toBuffer()
      ).toString("base64")
    )
    expect(second.status).toBe(201)
    const images = [second.body.image, image].map((i) => ({
      url: i.url,
      metadata: { thumbnail_url: i.thumbnail_url },
    }))
    const saved = await edit({
      images,
      thumbnail: second.body.image.thumbnail_url,
    })
    expect(saved.status).toBe(200)
    const ranked = [...saved.body.product.images].sort(
      (a: { rank: number }, b: { rank: number }) => a.rank - b.rank
    )
    expect(ranked.map((i: { url: string }) => i.url)).toEqual([
      second.body.image.url,
      image.url,
    ])
    expect(ranked[0].metadata).toEqual({
      thumbnail_url: second.body.image.thumbnail_url,
    })
    expect(saved.body.product.thumbnail).toBe(second.body.image.thumbnail_url)
  })

  it("adds a variant that a batch can stock", async () => {
    const response = await edit({
      new_variants: [
        {
          title: "2.5kg",
          sku: "tea-2-5kg",
          options: { 规格: "2.5kg" },
          prices: [{ currency_code: "cny", amount: 158 }],
        },
      ],
    })
    expect(`${response.status} ${JSON.stringify(response.body)}`).toMatch(
      /^200/
    )
    const added = response.body.product.variants.find(
      (v: Variant) => v.title === "2.5kg"
    )
    expect(added).toBeDefined()
    expect(added.prices).toEqual([expect.objectContaining({ amount: 158 })])
    expect(added.manage_inventory).toBe(true)
    const batch = await request()
      .post("/vendor/batches")
      .set(zhaojue.headers)
      .send({
        variant_id: added.id,
        harvested_at: "2026-09-20",
        village: "好谷村",
        quantity: 25,
        unit: "kg",
        units_per_stock_item: 5,
      })
    expect(batch.status).toBe(201)
    expect(batch.body.batch.stock_quantity).toBe(5)
    // The batch list names the variant and its product.
    const list = await request().get("/vendor/batches").set(zhaojue.headers)
    expect(list.body.batches).toEqual([
      expect.objectContaining({
        id: batch.body.batch.id,
        contribution_count: 0,
        variant: expect.objectContaining({
          id: added.id,
          title: "2.5kg",
          product: expect.objectContaining({ title: "昭觉苦荞茶" }),
        }),
      }),
    ])
  })

  it("404s another cooperative's product and another product's variant", async () => {
    const foreign = await edit(
      { images: [{ url: "https://img.example.cn/x.jpg" }] },
      cangxi
    )
    expect(foreign.status).toBe(404)
    const before = (await detail()).body.product
    const wrongVariant = await edit({
      images: [{ url: "https://img.example.cn/x.jpg" }],
      variants: [
        {
          id: foreignVariantId,
          prices: [{ currency_code: "cny", amount: 1 }],
        },
      ],
    })
    expect(wrongVariant.status).toBe(404)
    expect(wrongVariant.body.message).toMatch(/Variant/)
    // Nothing half-written: the images did not change either.
    const after = (await detail()).body.product
    expect(after.images).toEqual(before.images)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [foreignVariant],
    } = await query.graph({
      entity: "variant",
      fields: ["prices.amount"],
      filters: { id: foreignVariantId },
    })
    expect(
      foreignVariant.prices.map((p: { amount: number }) => p.amount)
    ).toEqual([68])
  })

  it("names the field for bad edits", async () => {
    const price = await edit({
      variants: [
        { id: smallId, prices: [{ currency_code: "cny", amount: -1 }] },
      ],
    })
    expect(price.status).toBe(400)
    expect(price.body.message).toMatch(/amount/)
    const image = await edit({ images: [{ url: "not a url" }] })
    expect(image.status).toBe(400)
    expect(image.body.message).toMatch(/images/)
    const unknown = await edit({
      variants: [{ id: smallId, inventory_quantity: 5 }],
    })
    expect(unknown.status).toBe(400)
    const currency = await edit({
      variants: [
        { id: smallId, prices: [{ currency_code: "usd", amount: 5 }] },
      ],
    })
    expect(currency.status).toBe(400)
  })

  // A new product is a draft until the cooperative publishes it; a draft is
  // never in the shop and never sold, even from a cart it went into while
  // it was published.
  it("never sells a draft: not in the shop, not in a cart's checkout, also when taken back to draft", async () => {
    const created = await request()
      .post("/vendor/products")
      .set(zhaojue.headers)
      .send(buckwheatTea("draft-tea"))
    expect([created.status, created.body.product.status]).toEqual([
      201,
      "draft",
    ])
    const draft = created.body.product as {
      id: string
      handle: string
      variants: { id: string; title: string }[]
    }
    const variant = draft.variants.find((v) => v.title === "1kg")!.id
    await addBatch(request, zhaojue, variant, 20, [
      { supplier_name: "村集体", quantity: 20 },
    ])
    const store = { "x-publishable-api-key": base.publishableKey }
    for (const path of [
      `/store/products/${draft.id}`,
      `/store/product-pages/${draft.handle}`,
      `/store/products/${draft.id}/provenance`,
    ]) {
      const response = await request().get(path).set(store)
      expect([path, response.status]).toEqual([path, 404])
    }
    const listed = await request().get("/store/products?limit=100").set(store)
    expect(listed.body.products.map((p: { id: string }) => p.id)).not.toContain(
      draft.id
    )

    // A cart cannot be checked out with it.
    const buyDraft = () =>
      checkout(request, {
        publishableKey: base.publishableKey,
        items: [{ variant_id: variant, quantity: 1 }],
      })
    await expect(buyDraft()).rejects.toThrow(/not on sale|40\d/)

    // Published, it sells; taken back to draft while in a cart, that cart
    // is refused at checkout with a 400 naming the line.
    expect(
      (
        await request()
          .post(`/vendor/products/${draft.id}`)
          .set(zhaojue.headers)
          .send({ status: "published" })
      ).status
    ).toBe(200)
    const { cartId, headers } = await prepareCart(request, {
      publishableKey: base.publishableKey,
      items: [{ variant_id: variant, quantity: 1 }],
    })
    expect(
      (
        await request()
          .post(`/vendor/products/${draft.id}`)
          .set(zhaojue.headers)
          .send({ status: "draft" })
      ).status
    ).toBe(200)
    const refused = await request()
      .post(`/store/carts/${cartId}/complete`)
      .set(headers)
      .send({})
    expect([refused.status, refused.body.message]).toEqual([
      400,
      expect.stringContaining("not on sale"),
    ])
    const { rows } = await getContainer()
      .resolve(ContainerRegistrationKeys.PG_CONNECTION)
      .raw(
        `select count(*)::int as n from order_line_item where product_id = ?`,
        [draft.id]
      )
    expect(rows[0].n).toBe(0)
  })
})
