import { heldLines, linesToAllocate } from "../lines-to-allocate"

const record = (line_item_id: string, batch_id: string, released = false) => ({
  line_item_id,
  batch_id,
  released,
})
const link = (order_line_item_id: string, batch_id: string) => ({
  order_line_item_id,
  batch_id,
})

describe("linesToAllocate", () => {
  it("asks for every line of a new order", () => {
    expect(linesToAllocate(["l1", "l2"], [], [])).toEqual(["l1", "l2"])
  })

  it("asks for nothing once every held unit is linked", () => {
    const records = [record("l1", "b1"), record("l1", "b2"), record("l2", "b1")]
    const links = [link("l1", "b1"), link("l1", "b2"), link("l2", "b1")]
    expect(linesToAllocate(["l1", "l2"], records, links)).toEqual([])
  })

  // A run cut between the counter and the links: allocateUnits returns the
  // records of such a line without counting them again.
  it("asks again for a line whose records are not all linked", () => {
    const records = [record("l1", "b1"), record("l1", "b2"), record("l2", "b1")]
    const links = [link("l1", "b1"), link("l2", "b1")]
    expect(linesToAllocate(["l1", "l2"], records, links)).toEqual(["l1"])
  })

  it("never asks for a line whose units were released", () => {
    const records = [record("l1", "b1", true), record("l1", "b2", true)]
    expect(linesToAllocate(["l1", "l2"], records, [])).toEqual(["l2"])
    expect(heldLines(records)).toEqual([])
  })

  it("checks links only for lines that hold units", () => {
    const records = [
      record("l1", "b1"),
      record("l1", "b2"),
      record("l2", "b1", true),
      record("l3", "b3"),
    ]
    expect(heldLines(records)).toEqual(["l1", "l3"])
  })
})
