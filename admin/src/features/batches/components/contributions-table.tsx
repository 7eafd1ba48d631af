import { readableQuantity } from "@tianfu/domain"
import { useTranslation } from "react-i18next"
import { DataTable } from "@/components/data-table"
import type { BatchContribution, BatchDetail } from "../api/types"
import { batchShares, formatShare } from "../utils/batch-shares"

// Who supplied the batch and their share of it (what no household supplied
// stays with the cooperative).
export function ContributionsTable({ batch }: { batch: BatchDetail }) {
  const { t } = useTranslation("batches")
  const shares = batchShares(
    batch.quantity,
    batch.contributions.map((c) => c.quantity)
  )
  const shareOf = new Map(batch.contributions.map((c, i) => [c.id, shares[i]]))
  const amount = (quantity: number) => {
    const readable = readableQuantity(quantity, batch.unit, batch.quantity)
    return `${readable.value} ${t(`units.${readable.unit}`)}`
  }
  return (
    <DataTable<BatchContribution>
      caption={t("detail.contributions")}
      rows={batch.contributions}
      rowKey={(c) => c.id}
      empty={{ title: t("detail.noContributions") }}
      columns={[
        {
          key: "who",
          header: t("detail.supplier"),
          cell: (c) =>
            c.household ? (
              <span>
                <span className="font-mono">{c.household.registry_number}</span>{" "}
                · {c.household.head_name}
              </span>
            ) : (
              <span>
                {c.supplier_name}{" "}
                <span className="text-stone-500">
                  ({t("detail.notRegistered")})
                </span>
              </span>
            ),
        },
        {
          key: "quantity",
          header: t("fields.quantity"),
          numeric: true,
          cell: (c) => amount(c.quantity),
        },
        {
          key: "share",
          header: t("detail.shareOfBatch"),
          numeric: true,
          cell: (c) => formatShare(shareOf.get(c.id) ?? null),
        },
      ]}
    />
  )
}
