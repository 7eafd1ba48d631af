import net from "node:net"

// A TCP proxy in front of PostgreSQL that counts the statements its clients
// send, read from the wire protocol: a simple-query message ('Q') or an
// extended-protocol Execute ('E') is one statement (BEGIN and COMMIT
// included). Nothing in the backend is instrumented: the server under test
// connects to the proxy instead of PostgreSQL, and the proxy only reads.
const PROTOCOL_3 = 196608

export async function startStatementCounter(upstreamUrl) {
  const upstream = new URL(upstreamUrl)
  const target = {
    host: upstream.hostname || "127.0.0.1",
    port: Number(upstream.port || 5432),
  }
  let statements = 0
  const sockets = new Set()

  const server = net.createServer((client) => {
    const backend = net.connect(target)
    sockets.add(client).add(backend)
    let started = false
    let buffer = Buffer.alloc(0)
    // Counts whole messages; a message split across chunks waits for the rest.
    const read = (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk
      for (;;) {
        if (!started) {
          // Start-up messages have no type byte: length, then a code.
          if (buffer.length < 8) return
          const length = buffer.readInt32BE(0)
          if (buffer.length < length) return
          if (buffer.readInt32BE(4) === PROTOCOL_3) started = true
          buffer = buffer.subarray(length)
          continue
        }
        if (buffer.length < 5) return
        const length = buffer.readInt32BE(1)
        if (buffer.length < length + 1) return
        const type = String.fromCharCode(buffer[0])
        if (type === "Q" || type === "E") statements++
        buffer = buffer.subarray(length + 1)
      }
    }
    client.on("data", (chunk) => {
      read(chunk)
      backend.write(chunk)
    })
    backend.pipe(client)
    const close = () => {
      client.destroy()
      backend.destroy()
      sockets.delete(client)
      sockets.delete(backend)
    }
    client.on("error", close).on("close", close)
    backend.on("error", close).on("close", close)
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address()
  const url = new URL(upstreamUrl)
  url.hostname = "127.0.0.1"
  url.port = String(port)
  return {
    url: url.toString(),
    count: () => statements,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
