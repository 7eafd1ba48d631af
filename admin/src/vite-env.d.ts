/// <reference types="vite/client" />

interface Window {
  // Written by /config.js (see vite.config.ts) before the bundle runs.
  __TIANFU_CONSOLE__?: {
    backendUrl: string
    publishableKey: string
    storefrontUrl: string
  }
}
