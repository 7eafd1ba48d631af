import { useTranslation } from "react-i18next"
import type { Actor } from "@/lib/session"

// "I am": cooperative staff or a bureau reviewer, for signing in and for
// asking a password reset.
export function ActorChoice({
  value,
  onChange,
}: {
  value: Actor
  onChange: (actor: Actor) => void
}) {
  const { t } = useTranslation("auth")
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-stone-700">
        {t("login.as")}
      </legend>
      <div className="grid grid-cols-2 gap-2">
        {(["cooperative_user", "bureau_user"] as const).map((actor) => (
          <label
            key={actor}
            className={`cursor-pointer rounded-md border px-3 py-2 text-center text-sm ${value === actor ? "border-emerald-700 bg-emerald-50 font-medium text-emerald-900" : "border-stone-300 bg-white"}`}
          >
            <input
              type="radio"
              name="actor"
              value={actor}
              checked={value === actor}
              onChange={() => onChange(actor)}
              className="sr-only"
            />
            {t(`login.actor.${actor}`)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
