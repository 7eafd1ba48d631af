// A batch's quantity in the unit people say: 30 kg, not 30000 g. Grams
// turn into kilograms once the batch (`scale`, by default the quantity
// itself) reaches a kilogram, so a batch and its contributions read in one
// unit; up to three decimals, trailing zeros dropped.
export function readableQuantity(
  quantity: number,
  unit: string,
  scale: number = quantity
): { value: number; unit: string } {
  if (unit === "g" && scale >= 1000) {
    return { value: Math.round(quantity) / 1000, unit: "kg" }
  }
  return { value: quantity, unit }
}
