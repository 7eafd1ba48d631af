import { zodResolver } from "@hookform/resolvers/zod"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { AID_SOURCE_KINDS } from "@tianfu/domain"
import { Button } from "@/components/button"
import { CheckboxGroup } from "@/components/checkbox-group"
import { FormError, TextField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { errorMessage } from "@/lib/api-error-message"
import {
  type SettingKey,
  useChangeOversightSettings,
  useOversightSettings,
} from "../api/settings"
import type { OversightSettingsAnswer } from "../api/types"
import { useApiSubmit } from "../hooks/use-api-submit"
import {
  isNumberSetting,
  SETTING_GROUPS,
  SETTING_KEYS,
  SETTING_RANGES,
  type SettingsForm,
  settingsChange,
  settingsSchema,
  toForm,
} from "../utils/setting-fields"
import { SettingRow } from "./setting-row"

// The rules' settings of the reviewer's jurisdiction, by rule: each with
// the value that holds, where it comes from and the default; saved
// together (only what changed), or one put back to what holds above.
export function OversightSettingsPanel() {
  const settings = useOversightSettings()
  return (
    <QueryState query={settings}>
      {(answer) => <SettingsEditor answer={answer} />}
    </QueryState>
  )
}

function SettingsEditor({ answer }: { answer: OversightSettingsAnswer }) {
  const { t } = useTranslation("oversight")
  const save = useChangeOversightSettings()
  const reset = useChangeOversightSettings()
  const [note, setNote] = useState<string | null>(null)
  // What came of putting one setting back, said beside it.
  const [resetOutcome, setResetOutcome] = useState<{
    key: SettingKey
    ok: boolean
    message: string
  } | null>(null)
  const form = useForm<SettingsForm>({
    resolver: zodResolver(settingsSchema),
    // A setting put back takes the value that now holds; one the
    // reviewer is editing keeps what they typed.
    values: toForm(answer.settings),
    resetOptions: { keepDirtyValues: true },
  })
  const { submit, fieldError, formError, busy } = useApiSubmit(
    form,
    SETTING_KEYS,
    async (values) => {
      setNote(null)
      const change = settingsChange(values, answer.settings)
      if (!Object.keys(change).length) return setNote(t("settings.unchanged"))
      const saved = await save.mutateAsync(change)
      form.reset(toForm(saved.settings))
      setNote(t("settings.saved"))
    }
  )
  const putBack = (key: SettingKey) => {
    const name = t(`settings.field.${key}.label`)
    setNote(null)
    setResetOutcome(null)
    reset.mutate(
      { [key]: null },
      {
        // The answer is the settings as they now are: a value still the
        // jurisdiction's own was not put back, whatever the status said.
        onSuccess: (answer) =>
          setResetOutcome(
            answer.own[key] === undefined
              ? { key, ok: true, message: t("settings.resetDone", { name }) }
              : { key, ok: false, message: t("settings.resetKept", { name }) }
          ),
        onError: (error) =>
          setResetOutcome({ key, ok: false, message: errorMessage(error, t) }),
      }
    )
  }
  const field = (key: SettingKey) => {
    const label = t(`settings.field.${key}.label`)
    if (isNumberSetting(key)) {
      const [min, max] = SETTING_RANGES[key]
      return (
        <TextField
          label={label}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          error={fieldError(key, t("settings.range", { min, max }))}
          {...form.register(key)}
        />
      )
    }
    if (key === "repeated_exempt")
      return (
        <CheckboxGroup
          legend={label}
          options={AID_SOURCE_KINDS.map((value) => ({
            value,
            label: t(`source.${value}`),
          }))}
          error={fieldError(key, t("settings.sourcesError"))}
          register={form.register(key)}
        />
      )
    return (
      <label className="flex items-center gap-2 text-sm font-medium text-stone-700">
        <input
          type="checkbox"
          className="h-4 w-4 accent-emerald-700"
          {...form.register("two_horses_allowed")}
        />
        {label}
      </label>
    )
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {SETTING_GROUPS.map(({ group, keys }) => (
        <Panel key={group} title={t(`settings.group.${group}`)}>
          {keys.map((key) => (
            <SettingRow
              key={key}
              settingKey={key}
              answer={answer}
              onReset={() => putBack(key)}
              resetting={reset.isPending}
              resetOutcome={
                resetOutcome?.key === key ? resetOutcome : undefined
              }
            >
              {field(key)}
            </SettingRow>
          ))}
        </Panel>
      ))}
      <div className="flex flex-col gap-2">
        <FormError message={formError} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={busy || reset.isPending}>
            {busy ? t("settings.saving") : t("settings.save")}
          </Button>
          {note && (
            <p role="status" className="text-sm text-emerald-800">
              {note}
            </p>
          )}
        </div>
      </div>
    </form>
  )
}
