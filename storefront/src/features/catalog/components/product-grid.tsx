import type { ProductHit } from "../types"
import { ProductCard } from "./product-card"

export function ProductGrid({ products }: { products: ProductHit[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} eager={index < 4} />
        </li>
      ))}
    </ul>
  )
}
