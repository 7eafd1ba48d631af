import { z } from "@medusajs/framework/zod"
import { describeIssues } from "../validate-body"

describe("describeIssues", () => {
  const schema = z
    .object({
      id_number: z
        .string()
        .refine((v) => v.length === 18, "id_number is not valid"),
      member_count: z.number().int().min(1),
      nested: z.object({ result: z.enum(["pass", "fail"]) }).optional(),
    })
    .strict()

  const issuesOf = (body: unknown) => {
    const result = schema.safeParse(body)
    if (result.success) throw new Error("expected a failure")
    return describeIssues(result.error.issues)
  }

  it("names every field, nested ones with dots", () => {
    const message = issuesOf({
      id_number: "1",
      member_count: 0,
      nested: { result: "maybe" },
    })
    expect(message).toContain("id_number is not valid")
    expect(message).toMatch(/member_count: /)
    expect(message).toMatch(/nested\.result: /)
  })

  it("never repeats the value that was sent", () => {
    const message = issuesOf({
      id_number: Number("513431198506120031"),
      member_count: "13812345678",
    })
    expect(message).toMatch(/id_number: /)
    expect(message).not.toContain("513431")
    expect(message).not.toContain("13812345678")
  })

  it("lists unrecognised fields by name", () => {
    expect(
      issuesOf({ id_number: "x".repeat(18), member_count: 1, colour: "red" })
    ).toBe("unrecognized field(s): colour")
  })
})
