import crypto from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"

// Household ID numbers and phones at rest: AES-256-GCM with a random IV, the
// key id written into the token so keys can rotate (old keys stay readable),
// and an HMAC for equality look-ups (de-duplication) without decrypting.
export type PersonalDataKeys = {
  currentKeyId: string
  keys: Map<string, Buffer>
  hashKey: Buffer
}

const TOKEN_VERSION = "v1"

function decodeKey(name: string, value: string | undefined): Buffer {
  const key = Buffer.from(value ?? "", "base64")
  if (key.length !== 32) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${name} must be 32 random bytes in base64 (npm start generates it into .env)`
    )
  }
  return key
}

// HOUSEHOLD_DATA_KEY / _KEY_ID is the key new data is written with;
// HOUSEHOLD_DATA_OLD_KEYS ("k0:base64,k1:base64") keeps rotated keys readable.
export function loadPersonalDataKeys(
  env: Record<string, string | undefined>
): PersonalDataKeys {
  const currentKeyId = env.HOUSEHOLD_DATA_KEY_ID || "k1"
  const keys = new Map<string, Buffer>()
  for (const entry of (env.HOUSEHOLD_DATA_OLD_KEYS ?? "")
    .split(",")
    .filter(Boolean)) {
    const [id, value] = entry.split(":")
    keys.set(id, decodeKey(`HOUSEHOLD_DATA_OLD_KEYS[${id}]`, value))
  }
  keys.set(
    currentKeyId,
    decodeKey("HOUSEHOLD_DATA_KEY", env.HOUSEHOLD_DATA_KEY)
  )
  return {
    currentKeyId,
    keys,
    hashKey: decodeKey("HOUSEHOLD_HASH_KEY", env.HOUSEHOLD_HASH_KEY),
  }
}

export function encryptPersonalData(
  plaintext: string,
  keys: PersonalDataKeys
): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv(
    "aes-256-gcm",
    keys.keys.get(keys.currentKeyId) as Buffer,
    iv
  )
  const ciphertext = Buffer.concat([
    cipher.update(plaintext, "utf8"),
    cipher.final(),
  ])
  return [TOKEN_VERSION, keys.currentKeyId, iv, cipher.getAuthTag(), ciphertext]
    .map((part) =>
      typeof part === "string" ? part : part.toString("base64url")
    )
    .join(".")
}

export function personalDataKeyId(token: string): string {
  return token.split(".")[1] ?? ""
}

export function decryptPersonalData(
  token: string,
  keys: PersonalDataKeys
): string {
  const [version, keyId, iv, tag, ciphertext] = token.split(".")
  const key = keys.keys.get(keyId)
  if (
    version !== TOKEN_VERSION ||
    !key ||
    !iv ||
    !tag ||
    ciphertext === undefined
  ) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `cannot decrypt personal data with key "${keyId}"`
    )
  }
  const decipher = crypto.createDecipheriv(
    "aes-256-gcm",
    key,
    Buffer.from(iv, "base64url")
  )
  decipher.setAuthTag(Buffer.from(tag, "base64url"))
  return Buffer.concat([
    decipher.update(Buffer.from(ciphertext, "base64url")),
    decipher.final(),
  ]).toString("utf8")
}

export function hashPersonalData(
  value: string,
  keys: PersonalDataKeys
): string {
  return crypto.createHmac("sha256", keys.hashKey).update(value).digest("hex")
}
