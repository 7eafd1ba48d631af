// Page titles and descriptions for search engines and link previews.
export function pageMeta(title: string | undefined, description?: string) {
  const full = title
    ? `${title} · 天府丰收 Tianfu Harvest`
    : "天府丰收 Tianfu Harvest"
  return [
    { title: full },
    { property: "og:title", content: full },
    ...(description
      ? [
          { name: "description", content: description.slice(0, 160) },
          { property: "og:description", content: description.slice(0, 160) },
        ]
      : []),
  ]
}
