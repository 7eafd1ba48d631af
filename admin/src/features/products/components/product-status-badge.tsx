import { useTranslation } from "react-i18next"
import { StatusBadge, type Tone } from "@/components/status-badge"
import type { ProductStatus } from "../api/types"

const TONE: Record<ProductStatus, Tone> = {
  published: "green",
  draft: "grey",
  proposed: "amber",
  rejected: "red",
}

export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  const { t } = useTranslation("products")
  return <StatusBadge tone={TONE[status]}>{t(`status.${status}`)}</StatusBadge>
}
