/**
 * A forward proxy on loopback, for tests of `HTTP_PROXY`: it forwards absolute-form requests and the plain HTTP
 * requests inside CONNECT tunnels, and records the target of each, so that a test can check every request went
 * through it.
 */
import { createServer, request as httpRequest } from "node:http"
import type { AddressInfo, Socket } from "node:net"

export interface ForwardProxy {
  readonly url: string
  /** `host:port` of every request or tunnel, in arrival order. */
  readonly targets: ReadonlyArray<string>
  readonly close: () => Promise<void>
}

export const startForwardProxy = async (): Promise<ForwardProxy> => {
  const targets: Array<string> = []
  const sockets = new Set<Socket>()
  /** The target of each CONNECT tunnel: requests inside it are read here too, so that each one is counted. */
  const tunnels = new WeakMap<Socket, string>()
  const server = createServer((req, res) => {
    const tunnel = tunnels.get(req.socket)
    const target = new URL(tunnel === undefined ? req.url ?? "/" : `http://${tunnel}${req.url ?? "/"}`)
    targets.push(target.host)
    const upstream = httpRequest({
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: target.pathname + target.search,
      headers: req.headers
    }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on("error", () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  server.on("connect", (req, client: Socket, head: Buffer) => {
    tunnels.set(client, req.url ?? "")
    client.write("HTTP/1.1 200 Connection Established\r\n\r\n")
    if (head.length > 0) client.unshift(head)
    server.emit("connection", client)
  })
  server.on("connection", (socket: Socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
