import net from 'node:net';

/**
 * A TCP proxy in front of the API that can lose one response: the request reaches the server and
 * runs to its end, and the first bytes of the answer are thrown away with the client's connection
 * reset. The client cannot tell whether its call ran, as after a dropped connection in the wild.
 */
export type ResponseDropProxy = {
  url: string;
  /** Loses the next response; resolves once it has been lost. */
  dropNextResponse(): Promise<void>;
  /** Connections the proxy accepted so far. */
  connections(): number;
  close(): Promise<void>;
};

export async function startResponseDropProxy(target: string): Promise<ResponseDropProxy> {
  const upstreamUrl = new URL(target);
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  let armed: (() => void) | null = null;
  const server = net.createServer((client) => {
    accepted += 1;
    const upstream = net.connect(Number(upstreamUrl.port), upstreamUrl.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      const dropped = armed;
      if (dropped === null) return void client.write(chunk);
      armed = null;
      client.resetAndDestroy();
      upstream.destroy();
      dropped();
    });
    upstream.on('end', () => client.end());
    client.on('end', () => upstream.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dropNextResponse: () =>
      new Promise<void>((resolve) => {
        armed = resolve;
      }),
    connections: () => accepted,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
