import { zodResolver } from "@hookform/resolvers/zod"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { Button } from "@/components/button"
import { FormError, TextAreaField } from "@/components/field"
import { Panel } from "@/components/page-header"
import { formatDateTime } from "@/lib/format"
import { useCommentOnItem } from "../api/act-on-item"
import type { Comment, OversightKind } from "../api/types"
import { useApiSubmit } from "../hooks/use-api-submit"

const schema = z.object({ body: z.string().trim().min(1).max(2000) })

// The reviewers' notes on a flag or case, oldest first, and a new one.
export function ItemComments({
  kind,
  id,
  comments,
}: {
  kind: OversightKind
  id: string
  comments: Comment[]
}) {
  const { t, i18n } = useTranslation("oversight")
  const comment = useCommentOnItem(kind)
  const form = useForm<{ body: string }>({
    resolver: zodResolver(schema),
    defaultValues: { body: "" },
  })
  const { submit, fieldError, formError, busy } = useApiSubmit(
    form,
    ["body"],
    async ({ body }) => {
      await comment.mutateAsync({ id, body })
      form.reset({ body: "" })
    }
  )
  return (
    <Panel title={t("comments.title")}>
      {comments.length === 0 ? (
        <p className="mb-3 text-sm text-stone-500">{t("comments.none")}</p>
      ) : (
        <ol
          aria-label={t("comments.title")}
          className="mb-3 flex flex-col gap-2"
        >
          {comments.map((c) => (
            <li key={c.id} className="rounded-md bg-stone-50 px-3 py-2 text-sm">
              <p className="text-xs text-stone-500">
                {c.author.name ?? "—"} ·{" "}
                {formatDateTime(c.created_at, i18n.language)}
              </p>
              <p className="mt-0.5 whitespace-pre-wrap text-stone-900">
                {c.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={submit} noValidate className="flex flex-col gap-2">
        <TextAreaField
          label={t("comments.new")}
          rows={2}
          error={fieldError("body", t("comments.required"))}
          {...form.register("body")}
        />
        <FormError message={formError} />
        <div>
          <Button type="submit" variant="secondary" disabled={busy}>
            {t("comments.add")}
          </Button>
        </div>
      </form>
    </Panel>
  )
}
