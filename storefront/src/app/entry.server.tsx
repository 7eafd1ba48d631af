import { PassThrough } from "node:stream"
import { renderToPipeableStream } from "react-dom/server"
import type { EntryContext, HandleDataRequestFunction } from "react-router"
import { ServerRouter } from "react-router"
import {
  contentSecurityPolicy,
  createNonce,
  DATA_CONTENT_SECURITY_POLICY,
  setSecurityHeaders,
} from "../lib/security-headers.server"

export const streamTimeout = 5000

const withoutNul = (html: Buffer): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(html.includes(0) ? html.filter((byte) => byte !== 0) : html)

// Every page is rendered whole (loaders have already fetched its data) and
// sent as one buffer. React 18's stream writer pads a chunk with NUL bytes
// when a multi-byte character does not fit its 2 KB view (seen as
// "建档立\0\0卡户" in product pages): the padding is dropped here, as HTML
// never holds a NUL (the e2e suite checks the text).
//
// Each page gets a fresh nonce: React Router puts it on its inline scripts
// (ServerRouter hands it to <Scripts> and <ScrollRestoration>), and the
// page's Content-Security-Policy allows only scripts from here or with it.
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext
) {
  const nonce = createNonce()
  return new Promise<Response>((resolve, reject) => {
    let status = responseStatusCode
    const { pipe, abort } = renderToPipeableStream(
      <ServerRouter context={routerContext} url={request.url} nonce={nonce} />,
      {
        nonce,
        onAllReady() {
          const body = new PassThrough()
          const chunks: Buffer[] = []
          body.on("data", (chunk: Buffer) => chunks.push(Buffer.from(chunk)))
          body.on("error", reject)
          body.on("end", () => {
            responseHeaders.set("Content-Type", "text/html; charset=utf-8")
            setSecurityHeaders(responseHeaders, contentSecurityPolicy(nonce))
            resolve(
              new Response(withoutNul(Buffer.concat(chunks)), {
                status,
                headers: responseHeaders,
              })
            )
          })
          pipe(body)
        },
        onShellError: reject,
        onError(error) {
          status = 500
          // The server's log is the only place a render error is told.
          console.error(error)
        },
      }
    )
    setTimeout(abort, streamTimeout + 1000)
  })
}

// The route data client-side navigations fetch (`/…/.data`).
export const handleDataRequest: HandleDataRequestFunction = (response) => {
  setSecurityHeaders(response.headers, DATA_CONTENT_SECURITY_POLICY)
  return response
}
