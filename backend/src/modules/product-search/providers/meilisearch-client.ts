import type { MeiliSearch as MeiliSearchClient } from "meilisearch" with {
  "resolution-mode": "import",
}

// meilisearch-js ships a CommonJS build (its "require" export), but its
// type declarations sit in a "type": "module" package, so TypeScript reads
// them as ESM and refuses a CommonJS import. Types come from the ESM view;
// the code is the CommonJS build Node resolves for require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { MeiliSearch } = require("meilisearch") as {
  MeiliSearch: typeof MeiliSearchClient
}
export type MeiliSearch = MeiliSearchClient
