// Rows in a file (its line breaks less the header), counted as it is
// read in chunks: how far the import has come is rows read of these.
export async function countRows(file: File): Promise<number> {
  const reader = file.stream().getReader()
  let lines = 0
  let last = 10
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    for (const byte of value) if (byte === 10) lines++
    last = value[value.length - 1] ?? last
  }
  return Math.max(0, lines - 1 + (last === 10 ? 0 : 1))
}
