import { PassThrough } from "node:stream"
import { renderToPipeableStream } from "react-dom/server"
import type { EntryContext } from "react-router"
import { ServerRouter } from "react-router"

export const streamTimeout = 5000

const withoutNul = (html: Buffer): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(html.includes(0) ? html.filter((byte) => byte !== 0) : html)

// Every page is rendered whole (loaders have already fetched its data) and
// sent as one buffer. React 18's stream writer pads a chunk with NUL bytes
// when a multi-byte character does not fit its 2 KB view (seen as
// "建档立\0\0卡户" in product pages): the padding is dropped here, as HTML
// never holds a NUL (the e2e suite checks the text).
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext
) {
  return new Promise<Response>((resolve, reject) => {
    let status = responseStatusCode
    const { pipe, abort } = renderToPipeableStream(
      <ServerRouter context={routerContext} url={request.url} />,
      {
        onAllReady() {
          const body = new PassThrough()
          const chunks: Buffer[] = []
          body.on("data", (chunk: Buffer) => chunks.push(Buffer.from(chunk)))
          body.on("error", reject)
          body.on("end", () => {
            responseHeaders.set("Content-Type", "text/html; charset=utf-8")
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
