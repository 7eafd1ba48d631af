import { Button, Drawer, Select, Label, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../lib/sdk"
import { useWords } from "../lib/words"
import { LabeledInput } from "./labeled-input"

const EMPTY = {
  code: "",
  name_zh: "",
  name_en: "",
  prefecture_zh: "",
  prefecture_en: "",
  province_zh: "四川省",
  province_en: "Sichuan",
  lifted_year: "",
}
type Field = keyof typeof EMPTY
const STATUSES = ["national_key", "provincial_key", "none"] as const

// Adds a county by its GB/T 2260 code; the server names a bad field in its
// answer, shown as it is.
export function CountyForm() {
  const w = useWords()
  const client = useQueryClient()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(EMPTY)
  const [status, setStatus] = useState<(typeof STATUSES)[number]>("none")
  const create = useMutation({
    mutationFn: () =>
      sdk.client.fetch("/admin/counties", {
        method: "POST",
        body: {
          ...Object.fromEntries(
            Object.entries(form)
              .filter(([key]) => key !== "lifted_year")
              .map(([key, value]) => [key, value.trim()])
          ),
          poverty_status: status,
          lifted_year: form.lifted_year ? Number(form.lifted_year) : null,
        },
      }),
    onSuccess: () => {
      toast.success(w("countyAdded"))
      setOpen(false)
      setForm(EMPTY)
      return client.invalidateQueries({ queryKey: ["tianfu-counties"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const field = (key: Field, label: string, numeric = false) => (
    <LabeledInput
      id={`tianfu-county-${key}`}
      label={label}
      numeric={numeric}
      value={form[key]}
      onChange={(value) => setForm({ ...form, [key]: value })}
    />
  )
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" className="self-start">
          {w("newCounty")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{w("newCounty")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3 overflow-y-auto">
          {field("code", w("code"), true)}
          {field("name_zh", w("nameZh"))}
          {field("name_en", w("nameEn"))}
          {field("prefecture_zh", w("prefectureZh"))}
          {field("prefecture_en", w("prefectureEn"))}
          {field("province_zh", w("provinceZh"))}
          {field("province_en", w("provinceEn"))}
          <div className="flex flex-col gap-1">
            <Label>{w("povertyStatus")}</Label>
            <Select
              value={status}
              onValueChange={(value) =>
                setStatus(value as (typeof STATUSES)[number])
              }
            >
              <Select.Trigger aria-label={w("povertyStatus")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {STATUSES.map((value) => (
                  <Select.Item key={value} value={value}>
                    {w(value)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {field("lifted_year", w("liftedYear"), true)}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">{w("cancel")}</Button>
          </Drawer.Close>
          <Button isLoading={create.isPending} onClick={() => create.mutate()}>
            {w("create")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
