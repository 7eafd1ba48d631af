import { zodResolver } from "@hookform/resolvers/zod"
import { useState } from "react"
import {
  useForm,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from "react-hook-form"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../../components/states"
import { errorMessage } from "../../../lib/api-error"
import { useLogin, useRegister } from "../api/use-auth"
import {
  loginSchema,
  registerSchema,
  type LoginInput,
  type RegisterInput,
} from "../utils/auth-schemas"

function Field<T extends FieldValues>({
  form,
  name,
  type = "text",
  autoComplete,
  prefix,
}: {
  form: UseFormReturn<T>
  name: Path<T>
  type?: string
  autoComplete: string
  prefix: string
}) {
  const { t } = useTranslation()
  const id = `${prefix}-${name}`
  const error = form.formState.errors[name]?.message
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {t(["account.fields", String(name)].join("."))}
      </label>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        {...form.register(name)}
        className="mt-1 w-full rounded border border-stone-300 px-2 py-1.5"
      />
      {typeof error === "string" && (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
          {t(error)}
        </p>
      )}
    </div>
  )
}

export function AuthForms() {
  const { t } = useTranslation()
  const [mode, setMode] = useState<"login" | "register">("login")
  const login = useLogin()
  const registration = useRegister()
  const loginForm = useForm<LoginInput>({ resolver: zodResolver(loginSchema) })
  const registerForm = useForm<RegisterInput>({
    resolver: zodResolver(registerSchema),
  })
  const active = mode === "login" ? login : registration
  return (
    <div className="mx-auto max-w-sm rounded-lg bg-white p-4 ring-1 ring-stone-200">
      <div role="tablist" className="mb-4 flex gap-2">
        {(["login", "register"] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={mode === m}
            onClick={() => setMode(m)}
            className="flex-1 rounded px-3 py-1.5 text-sm aria-selected:bg-brand-600 aria-selected:text-white"
          >
            {t(`account.${m}`)}
          </button>
        ))}
      </div>
      {mode === "login" ? (
        <form
          onSubmit={loginForm.handleSubmit((input) => login.mutate(input))}
          noValidate
          className="space-y-3"
        >
          <Field
            form={loginForm}
            name="email"
            type="email"
            autoComplete="email"
            prefix="login"
          />
          <Field
            form={loginForm}
            name="password"
            type="password"
            autoComplete="current-password"
            prefix="login"
          />
          <button
            type="submit"
            disabled={login.isPending}
            className="w-full rounded bg-brand-600 py-2 text-white disabled:opacity-50"
          >
            {t("account.login")}
          </button>
        </form>
      ) : (
        <form
          onSubmit={registerForm.handleSubmit((input) =>
            registration.mutate(input)
          )}
          noValidate
          className="space-y-3"
        >
          <Field
            form={registerForm}
            name="name"
            autoComplete="name"
            prefix="register"
          />
          <Field
            form={registerForm}
            name="email"
            type="email"
            autoComplete="email"
            prefix="register"
          />
          <Field
            form={registerForm}
            name="password"
            type="password"
            autoComplete="new-password"
            prefix="register"
          />
          <button
            type="submit"
            disabled={registration.isPending}
            className="w-full rounded bg-brand-600 py-2 text-white disabled:opacity-50"
          >
            {t("account.register")}
          </button>
        </form>
      )}
      {active.error && (
        <div className="mt-3">
          <ErrorState message={errorMessage(active.error, t)} />
        </div>
      )}
    </div>
  )
}
