import { Button } from "@/components/button"

// The two answers a queue row offers (approve / verify, and reject /
// suspend); a side left without a handler is not offered.
export function DecisionButtons({
  yes,
  no,
}: {
  yes?: { label: string; onClick: () => void; disabled?: boolean }
  no?: { label: string; onClick: () => void }
}) {
  return (
    <span className="flex gap-2">
      {yes && (
        <Button small disabled={yes.disabled} onClick={yes.onClick}>
          {yes.label}
        </Button>
      )}
      {no && (
        <Button small variant="secondary" onClick={no.onClick}>
          {no.label}
        </Button>
      )}
    </span>
  )
}
