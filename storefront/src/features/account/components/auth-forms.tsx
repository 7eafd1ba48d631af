import { zodResolver } from "@hookform/resolvers/zod"
import type { UseMutationResult } from "@tanstack/react-query"
import { useState } from "react"
import { useForm, type FieldValues, type Path } from "react-hook-form"
import { useTranslation } from "react-i18next"
import type { z } from "zod"
import { ErrorState } from "@/components/states"
import { TextField } from "@/components/text-field"
import { Link } from "react-router"
import { errorMessage } from "@/lib/api-error"
import { useLogin, useRegister } from "../api/use-auth"
import { loginSchema, registerSchema } from "../utils/auth-schemas"

type FieldSpec<T> = { name: Path<T>; type?: string; autoComplete: string }

export function AuthForm<T extends FieldValues>({
  mode,
  schema,
  fields,
  mutation,
}: {
  mode: "login" | "register" | "forgot" | "reset"
  schema: z.ZodType<T, T>
  fields: FieldSpec<T>[]
  mutation: UseMutationResult<void, Error, T>
}) {
  const { t } = useTranslation()
  const form = useForm<T>({ resolver: zodResolver(schema) })
  return (
    <form
      onSubmit={form.handleSubmit((input) => mutation.mutate(input))}
      noValidate
      className="space-y-3"
    >
      {fields.map((field) => {
        const error = form.formState.errors[field.name]?.message
        return (
          <TextField
            key={field.name}
            id={`${mode}-${field.name}`}
            label={t(["account.fields", field.name].join("."))}
            error={typeof error === "string" ? error : undefined}
            registration={form.register(field.name)}
            type={field.type}
            autoComplete={field.autoComplete}
          />
        )
      })}
      <button
        type="submit"
        disabled={mutation.isPending}
        className="w-full rounded bg-brand-600 py-2 text-white disabled:opacity-50"
      >
        {t(`account.${mode}`)}
      </button>
      {mutation.error && (
        <ErrorState message={errorMessage(mutation.error, t)} />
      )}
    </form>
  )
}

export function AuthForms() {
  const { t } = useTranslation()
  const [mode, setMode] = useState<"login" | "register">("login")
  const login = useLogin()
  const registration = useRegister()
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
        <>
          <AuthForm
            mode="login"
            schema={loginSchema}
            mutation={login}
            fields={[
              { name: "email", type: "email", autoComplete: "email" },
              {
                name: "password",
                type: "password",
                autoComplete: "current-password",
              },
            ]}
          />
          <Link
            to="/account/forgot-password"
            className="mt-3 inline-block text-sm underline"
          >
            {t("account.forgotLink")}
          </Link>
        </>
      ) : (
        <AuthForm
          mode="register"
          schema={registerSchema}
          mutation={registration}
          fields={[
            { name: "name", autoComplete: "name" },
            { name: "email", type: "email", autoComplete: "email" },
            {
              name: "password",
              type: "password",
              autoComplete: "new-password",
            },
          ]}
        />
      )}
    </div>
  )
}
