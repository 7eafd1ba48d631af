import { z } from "zod"

// Zod compiles object parsers with `new Function` when it may, and finds out
// by trying one: under the Content-Security-Policy (no 'unsafe-eval') that
// try is refused and reported as a violation. Its interpreter is used
// instead. Imported before any module that makes a schema.
z.config({ jitless: true })
