import { useState } from "react"

// A product's picture, or a quiet placeholder square when it has none (or
// it fails to load).
export function ProductThumbnail({
  url,
  size = 48,
}: {
  url: string | null | undefined
  size?: number
}) {
  const [failed, setFailed] = useState<string | null>(null)
  if (!url || failed === url) {
    return (
      <span
        aria-hidden="true"
        className="block shrink-0 rounded bg-stone-100"
        style={{ width: size, height: size }}
      />
    )
  }
  return (
    <img
      src={url}
      alt=""
      loading="lazy"
      onError={() => setFailed(url)}
      className="shrink-0 rounded object-cover"
      style={{ width: size, height: size }}
    />
  )
}
