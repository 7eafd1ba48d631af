import type { TFunction } from "i18next"
import { z } from "zod"
import { AID_SOURCE_KINDS, type AidSource } from "@tianfu/domain"
import type { SettingKey, SettingsChange } from "../api/settings"
import type { OversightSettings, OversightSettingsAnswer } from "../api/types"

type NumberKey = {
  [K in SettingKey]: OversightSettings[K] extends number ? K : never
}[SettingKey]

// The whole numbers each setting takes, as the backend checks them.
export const SETTING_RANGES: Record<NumberKey, [number, number]> = {
  multiple_givers: [2, 50],
  multiple_percentile: [50, 100],
  percentile_min_households: [1, 100_000],
  repeated_window_days: [1, 730],
  imbalance_high_percent: [101, 10_000],
  imbalance_low_percent: [0, 99],
  edge_band_percent: [100, 500],
  income_drop_percent: [1, 99],
}

// The settings by the rule they tune, in the order the page shows them.
export const SETTING_GROUPS: { group: string; keys: SettingKey[] }[] = [
  {
    group: "multiple",
    keys: [
      "multiple_givers",
      "multiple_percentile",
      "percentile_min_households",
    ],
  },
  { group: "repeated", keys: ["repeated_window_days", "repeated_exempt"] },
  { group: "two_horses", keys: ["two_horses_allowed"] },
  {
    group: "imbalance",
    keys: ["imbalance_high_percent", "imbalance_low_percent"],
  },
  { group: "monitoring", keys: ["edge_band_percent", "income_drop_percent"] },
]

export const SETTING_KEYS = SETTING_GROUPS.flatMap((g) => g.keys)

export const isNumberSetting = (key: SettingKey): key is NumberKey =>
  key in SETTING_RANGES

// The form holds numbers as typed (text), the rest as they are.
export type SettingsForm = Record<NumberKey, string> & {
  repeated_exempt: AidSource[]
  two_horses_allowed: boolean
}

const whole = ([min, max]: [number, number]) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/)
    .refine((v) => Number(v) >= min && Number(v) <= max)

export const settingsSchema = z.object({
  ...(Object.fromEntries(
    Object.entries(SETTING_RANGES).map(([key, range]) => [key, whole(range)])
  ) as Record<NumberKey, ReturnType<typeof whole>>),
  repeated_exempt: z.array(
    z.enum(AID_SOURCE_KINDS as [AidSource, ...AidSource[]])
  ),
  two_horses_allowed: z.boolean(),
})

export function toForm(settings: OversightSettings): SettingsForm {
  const form = { ...settings } as Record<string, unknown>
  for (const key of Object.keys(SETTING_RANGES)) form[key] = String(form[key])
  return form as SettingsForm
}

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? [...a].sort().join() === [...b].sort().join()
    : a === b

// Only what the reviewer changed from what holds now.
export function settingsChange(
  values: SettingsForm,
  holding: OversightSettings
): SettingsChange {
  const change: Record<string, unknown> = {}
  for (const key of SETTING_KEYS) {
    const value = isNumberSetting(key) ? Number(values[key]) : values[key]
    if (!same(value, holding[key])) change[key] = value
  }
  return change as SettingsChange
}

// Where the value that holds comes from: the jurisdiction's own, a
// jurisdiction above it (its city's or province's), or the default.
export function settingSource(
  key: SettingKey,
  answer: OversightSettingsAnswer
): "own" | "inherited" | "default" {
  if (answer.own[key] !== undefined) return "own"
  return same(answer.settings[key], answer.defaults[key])
    ? "default"
    : "inherited"
}

// A setting's value in words (the default beside each field).
export function settingText(
  key: SettingKey,
  value: OversightSettings[SettingKey],
  t: TFunction
): string {
  if (typeof value === "boolean")
    return t(value ? "settings.allowed" : "settings.notAllowed")
  if (Array.isArray(value))
    return value.length
      ? value.map((s) => t(`source.${s}`)).join(t("list.separator"))
      : t("settings.noSources")
  return t(`settings.unit.${key}`, { value })
}
