export * from "./workflows/sync-search-documents"
