import crypto from "node:crypto"
import {
  decryptPersonalData,
  encryptPersonalData,
  hashPersonalData,
  loadPersonalDataKeys,
  personalDataKeyId,
} from "../personal-data"

const key = () => crypto.randomBytes(32).toString("base64")
const env = {
  HOUSEHOLD_DATA_KEY: key(),
  HOUSEHOLD_DATA_KEY_ID: "k1",
  HOUSEHOLD_HASH_KEY: key(),
}

describe("personal data encryption", () => {
  const keys = loadPersonalDataKeys(env)

  it("round-trips and never contains the plaintext", () => {
    const token = encryptPersonalData("513431198506120031", keys)
    expect(token).not.toContain("513431198506120031")
    expect(token).not.toContain("0031")
    expect(personalDataKeyId(token)).toBe("k1")
    expect(decryptPersonalData(token, keys)).toBe("513431198506120031")
  })

  it("uses a fresh IV every time", () => {
    expect(encryptPersonalData("13812345678", keys)).not.toBe(
      encryptPersonalData("13812345678", keys)
    )
  })

  it("detects tampering", () => {
    const token = encryptPersonalData("13812345678", keys)
    const parts = token.split(".")
    const data = Buffer.from(parts[4], "base64url")
    data[0] ^= 1
    parts[4] = data.toString("base64url")
    expect(() => decryptPersonalData(parts.join("."), keys)).toThrow()
  })

  it("reads data written with a rotated key", () => {
    const oldToken = encryptPersonalData("13812345678", keys)
    const rotated = loadPersonalDataKeys({
      HOUSEHOLD_DATA_KEY: key(),
      HOUSEHOLD_DATA_KEY_ID: "k2",
      HOUSEHOLD_DATA_OLD_KEYS: `k1:${env.HOUSEHOLD_DATA_KEY}`,
      HOUSEHOLD_HASH_KEY: env.HOUSEHOLD_HASH_KEY,
    })
    expect(decryptPersonalData(oldToken, rotated)).toBe("13812345678")
    expect(personalDataKeyId(encryptPersonalData("x", rotated))).toBe("k2")
  })

  it("hashes deterministically per key, for de-duplication", () => {
    expect(hashPersonalData("513431198506120031", keys)).toBe(
      hashPersonalData("513431198506120031", keys)
    )
    const other = loadPersonalDataKeys({ ...env, HOUSEHOLD_HASH_KEY: key() })
    expect(hashPersonalData("513431198506120031", other)).not.toBe(
      hashPersonalData("513431198506120031", keys)
    )
  })

  it("refuses missing or short keys with a message naming the variable", () => {
    expect(() => loadPersonalDataKeys({})).toThrow(/HOUSEHOLD_DATA_KEY/)
    expect(() =>
      loadPersonalDataKeys({ ...env, HOUSEHOLD_HASH_KEY: "c2hvcnQ=" })
    ).toThrow(/HOUSEHOLD_HASH_KEY/)
  })
})
