import { OversightQueuePage } from "./oversight-queue"

// The flag queue: filters, page and the open flag in the URL.
export default function OversightFlagsPage() {
  return <OversightQueuePage kind="flag" />
}
