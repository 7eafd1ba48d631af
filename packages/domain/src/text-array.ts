// A PostgreSQL text[] literal, each element quoted, for `= any(?::text[])`
// and `unnest(?::text[])` with one parameter however many values.
export const textArray = (values: string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`
