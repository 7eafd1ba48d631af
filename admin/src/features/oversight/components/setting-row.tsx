import { useTranslation } from "react-i18next"
import { Button } from "@/components/button"
import { StatusBadge, type Tone } from "@/components/status-badge"
import type { SettingKey } from "../api/settings"
import type { OversightSettingsAnswer } from "../api/types"
import { settingSource, settingText } from "../utils/setting-fields"

const SOURCE_TONE: Record<ReturnType<typeof settingSource>, Tone> = {
  own: "green",
  inherited: "blue",
  default: "grey",
}

// One setting: its field (children), what it does in plain words, where
// the value that holds comes from, the default, and — for the
// jurisdiction's own value — putting back what holds above it.
export function SettingRow({
  settingKey: key,
  answer,
  onReset,
  resetting,
  resetOutcome,
  children,
}: {
  settingKey: SettingKey
  answer: OversightSettingsAnswer
  onReset: () => void
  resetting: boolean
  resetOutcome?: { ok: boolean; message: string }
  children: React.ReactNode
}) {
  const { t } = useTranslation("oversight")
  const source = settingSource(key, answer)
  return (
    <div
      data-testid={`setting-${key}`}
      className="grid gap-x-6 gap-y-2 border-t border-stone-100 py-4 first:border-t-0 first:pt-0 md:grid-cols-[18rem_minmax(0,1fr)]"
    >
      <div>{children}</div>
      <div className="flex flex-col gap-2">
        <p className="text-sm text-stone-700">
          {t(`settings.field.${key}.help`)}
        </p>
        <div className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
          <StatusBadge tone={SOURCE_TONE[source]}>
            {t(`settings.source.${source}`)}
          </StatusBadge>
          <span>
            {t("settings.default", {
              value: settingText(key, answer.defaults[key], t),
            })}
          </span>
          {source === "own" && (
            <Button
              small
              variant="ghost"
              disabled={resetting}
              onClick={onReset}
              aria-label={t("settings.resetOne", {
                name: t(`settings.field.${key}.label`),
              })}
            >
              {t("settings.reset")}
            </Button>
          )}
        </div>
        {resetOutcome && (
          <p
            role={resetOutcome.ok ? "status" : "alert"}
            className={`text-xs ${resetOutcome.ok ? "text-emerald-800" : "text-red-700"}`}
          >
            {resetOutcome.message}
          </p>
        )}
      </div>
    </div>
  )
}
