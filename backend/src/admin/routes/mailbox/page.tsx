import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Container, Heading, Input, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { renderEmail } from "../../../modules/notification-smtp/templates"
import { Pager } from "../../components/pager"
import { sdk } from "../../lib/sdk"
import { locale, useWords } from "../../lib/words"

type Notification = {
  id: string
  to: string
  template: string
  data: Record<string, unknown> | null
  created_at: string
}

const LIMIT = 20

// The e-mail the shop has sent, newest first, as its recipients read it
// (rendered by the same templates the SMTP provider uses). Without
// SMTP_URL nothing leaves the server and this is where a developer or a
// demo reads order, shipping, claim and password-reset mails.
const MailboxPage = () => {
  const w = useWords()
  const { i18n } = useTranslation()
  const [offset, setOffset] = useState(0)
  const [to, setTo] = useState("")
  const query = useQuery({
    queryKey: ["tianfu-mailbox", offset, to],
    queryFn: () =>
      sdk.client.fetch<{ notifications: Notification[]; count: number }>(
        "/admin/notifications",
        {
          query: {
            channel: "email",
            limit: LIMIT,
            offset,
            order: "-created_at",
            ...(to.trim() ? { to: to.trim() } : {}),
          },
        }
      ),
    placeholderData: keepPreviousData,
  })
  const when = (value: string) =>
    new Intl.DateTimeFormat(locale(i18n.language), {
      dateStyle: "medium",
      timeStyle: "short",
    }).format(new Date(value))
  return (
    <Container className="divide-y p-0" data-testid="tianfu-mailbox">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{w("mailbox")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {w("mailboxHint")}
          </Text>
        </div>
        <Input
          type="text"
          size="small"
          placeholder={w("mailboxTo")}
          aria-label={w("mailboxTo")}
          value={to}
          onChange={(event) => {
            setTo(event.target.value)
            setOffset(0)
          }}
        />
      </div>
      {query.isError && (
        <Text className="px-6 py-4 text-ui-fg-error">{w("loadFailed")}</Text>
      )}
      {query.data && !query.data.notifications.length && (
        <Text className="px-6 py-8 text-center text-ui-fg-subtle">
          {w("mailboxEmpty")}
        </Text>
      )}
      {query.data?.notifications.map((mail) => {
        const rendered = renderEmail(mail.template, mail.data ?? {})
        return (
          <article key={mail.id} className="px-6 py-4" data-testid="mail">
            <div className="flex flex-wrap justify-between gap-2">
              <Text weight="plus">{rendered.subject}</Text>
              <Text size="small" className="text-ui-fg-subtle">
                {when(mail.created_at)}
              </Text>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {w("mailboxRecipient")} {mail.to}
            </Text>
            <Text size="small" className="mt-2 whitespace-pre-wrap break-all">
              {rendered.text}
            </Text>
          </article>
        )
      })}
      {query.data && (
        <Pager
          offset={offset}
          limit={LIMIT}
          count={query.data.count}
          onChange={setOffset}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "邮件 Mailbox",
  icon: Envelope,
})

export default MailboxPage
