import type { TFunction } from "i18next"
import { z } from "zod"

// A select that starts on "please choose": one of `values` is required.
export const requiredChoice = <T extends readonly [string, ...string[]]>(
  values: T
) => z.union([z.literal(""), z.enum(values)]).refine((v) => v !== "")

// Its options: "please choose", then each value in words (`prefix.value`).
export const choiceOptions = (
  values: readonly string[],
  prefix: string,
  t: TFunction
) => [
  { value: "", label: t("resolve.choose") },
  ...values.map((value) => ({ value, label: t(`${prefix}.${value}`) })),
]

// The reviewer's reason for a decision on a flag or case.
export const reasonField = z.string().trim().min(2).max(1000)
