// A fixed 1:1 box, so nothing moves when the picture arrives.
export function ProductImage({
  src,
  alt,
  eager = false,
  sizes = "(min-width: 768px) 25vw, 50vw",
}: {
  src?: string | null
  alt: string
  eager?: boolean
  sizes?: string
}) {
  return (
    <div className="aspect-square w-full overflow-hidden rounded-lg bg-brand-50">
      {src ? (
        <img
          src={src}
          alt={alt}
          width={600}
          height={600}
          sizes={sizes}
          loading={eager ? "eager" : "lazy"}
          // React 18 passes the lowercase attribute through; the first
          // pictures are the page's largest paint.
          {...(eager ? { fetchpriority: "high" } : {})}
          decoding="async"
          className="h-full w-full object-cover"
        />
      ) : null}
    </div>
  )
}
