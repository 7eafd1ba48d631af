import { maskIdNumber, maskPhone } from "@tianfu/domain"
import {
  encryptPersonalData,
  hashPersonalData,
  loadPersonalDataKeys,
  type PersonalDataKeys,
} from "./personal-data"
import { normalizeIdNumber } from "@tianfu/domain"

export type ProtectedIdentity = {
  id_number_encrypted: string
  id_number_hash: string
  id_number_masked: string
}

export type ProtectedPhone = {
  phone_encrypted: string | null
  phone_masked: string | null
}

let cached: PersonalDataKeys | undefined

// Keys are read from the environment once per process.
export function personalDataKeys(): PersonalDataKeys {
  cached ??= loadPersonalDataKeys(process.env)
  return cached
}

// Turns a plaintext ID number into what is stored. Routes call this at the
// edge so that plaintext never enters workflow inputs, events or logs.
export function protectIdNumber(
  idNumber: string,
  keys = personalDataKeys()
): ProtectedIdentity {
  const id = normalizeIdNumber(idNumber)
  return {
    id_number_encrypted: encryptPersonalData(id, keys),
    id_number_hash: hashPersonalData(id, keys),
    id_number_masked: maskIdNumber(id),
  }
}

export function idNumberHash(
  idNumber: string,
  keys = personalDataKeys()
): string {
  return hashPersonalData(normalizeIdNumber(idNumber), keys)
}

export function protectPhone(
  phone: string | null | undefined,
  keys = personalDataKeys()
): ProtectedPhone {
  if (!phone) {
    return { phone_encrypted: null, phone_masked: null }
  }
  return {
    phone_encrypted: encryptPersonalData(phone, keys),
    phone_masked: maskPhone(phone),
  }
}
