import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Button, Container, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { LabeledInput } from "../../components/labeled-input"
import { LoadFailed, PageHeading } from "../../components/page-heading"
import { sdk } from "../../lib/sdk"
import { locale, useWords } from "../../lib/words"

type Reviewer = {
  id: string
  email: string
  name: string
  jurisdiction_code: string
  invite_expires_at: string | null
}

// Bureau reviewers and their invites: create one for a jurisdiction and
// hand over the invite code (shown once); the list says who has joined.
const BureauUsersPage = () => {
  const w = useWords()
  const { i18n } = useTranslation()
  const client = useQueryClient()
  const [form, setForm] = useState({ name: "", email: "", jurisdiction: "" })
  const [invite, setInvite] = useState<string | null>(null)
  const list = useQuery({
    queryKey: ["tianfu-bureau-users"],
    queryFn: () =>
      sdk.client.fetch<{ bureau_users: Reviewer[] }>("/admin/bureau-users"),
  })
  const create = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ invite_token: string }>("/admin/bureau-users", {
        method: "POST",
        body: {
          name: form.name.trim(),
          email: form.email.trim(),
          jurisdiction_code: form.jurisdiction.trim(),
        },
      }),
    onSuccess: ({ invite_token }) => {
      setInvite(invite_token)
      setForm({ name: "", email: "", jurisdiction: "" })
      return client.invalidateQueries({ queryKey: ["tianfu-bureau-users"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const date = (value: string) =>
    new Intl.DateTimeFormat(locale(i18n.language), {
      dateStyle: "medium",
      timeZone: "Asia/Shanghai",
    }).format(new Date(value))
  const field = (key: keyof typeof form, label: string) => (
    <LabeledInput
      id={`tianfu-${key}`}
      label={label}
      value={form[key]}
      onChange={(value) => setForm({ ...form, [key]: value })}
    />
  )
  return (
    <Container className="divide-y p-0" data-testid="tianfu-bureau-users">
      <PageHeading title={w("reviewers")} hint={w("reviewersHint")}>
        <form
          className="flex flex-wrap items-end gap-2 pt-2"
          onSubmit={(event) => {
            event.preventDefault()
            create.mutate()
          }}
        >
          {field("name", w("name"))}
          {field("email", w("email"))}
          {field("jurisdiction", w("jurisdiction"))}
          <Button type="submit" size="small" isLoading={create.isPending}>
            {w("create")}
          </Button>
        </form>
        {invite && (
          <Text size="small" className="rounded bg-ui-bg-subtle p-2">
            {w("inviteCode")} <code className="break-all">{invite}</code>
          </Text>
        )}
      </PageHeading>
      <LoadFailed failed={list.isError} />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{w("name")}</Table.HeaderCell>
            <Table.HeaderCell>{w("email")}</Table.HeaderCell>
            <Table.HeaderCell>{w("jurisdiction")}</Table.HeaderCell>
            <Table.HeaderCell>{w("invite")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {list.data?.bureau_users.map((reviewer) => (
            <Table.Row key={reviewer.id}>
              <Table.Cell>{reviewer.name}</Table.Cell>
              <Table.Cell>{reviewer.email}</Table.Cell>
              <Table.Cell>{reviewer.jurisdiction_code}</Table.Cell>
              <Table.Cell>
                {reviewer.invite_expires_at
                  ? `${w("invitePending")} ${date(reviewer.invite_expires_at)}`
                  : w("inviteUsed")}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "审核员 Reviewers",
  icon: Users,
})

export default BureauUsersPage
