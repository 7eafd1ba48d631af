import {
  catalogQuery,
  hasFilters,
} from "../../storefront/src/features/catalog/utils/catalog-params"

// The listing's URL is its state; what the search API would refuse is
// dropped, so a hand-edited URL still shows a listing.
describe("catalogQuery", () => {
  const query = (search: string) => catalogQuery(new URLSearchParams(search))

  it("sends several counties at once and a price range in yuan", () => {
    expect(
      query("county=513431&county=510824&min_price=20&max_price=88.5")
    ).toMatchObject({
      county: "513431,510824",
      min_price: 20,
      max_price: 88.5,
    })
  })

  it("drops a price that is not one, and a maximum under the minimum", () => {
    const dropped = query("min_price=abc&max_price=-3")
    expect(dropped).not.toHaveProperty("min_price")
    expect(dropped).not.toHaveProperty("max_price")
    const crossed = query("min_price=50&max_price=10")
    expect(crossed).toMatchObject({ min_price: 50 })
    expect(crossed).not.toHaveProperty("max_price")
  })

  it("knows when the shopper narrowed the listing", () => {
    expect(hasFilters(new URLSearchParams("q=茶&sort=newest"))).toBe(false)
    expect(hasFilters(new URLSearchParams("min_price=10"))).toBe(true)
    expect(hasFilters(new URLSearchParams("county=513431"))).toBe(true)
  })
})
