import { readableQuantity } from "../quantity"

describe("readableQuantity", () => {
  it("says kilograms once a batch of grams reaches one", () => {
    expect(readableQuantity(30000, "g")).toEqual({ value: 30, unit: "kg" })
    expect(readableQuantity(2500, "g")).toEqual({ value: 2.5, unit: "kg" })
    expect(readableQuantity(800, "g")).toEqual({ value: 800, unit: "g" })
  })

  it("keeps a batch's contributions in the batch's unit", () => {
    expect(readableQuantity(250, "g", 30000)).toEqual({
      value: 0.25,
      unit: "kg",
    })
  })

  it("leaves other units alone", () => {
    expect(readableQuantity(120, "kg")).toEqual({ value: 120, unit: "kg" })
    expect(readableQuantity(3000, "piece")).toEqual({
      value: 3000,
      unit: "piece",
    })
  })
})
