import { z } from "zod"

// Zod compiles object parsers with `new Function` when it may, and finds out
// by trying one: under the Content-Security-Policy (no 'unsafe-eval') that
// try is refused and reported as a violation. Its interpreter is used
// instead. Imported first by every module that makes a schema (not by the
// root, so pages without a form do not load zod at all).
z.config({ jitless: true })
