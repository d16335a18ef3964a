import net from 'node:net';

/**
 * A TCP proxy in front of the database that a test cuts and restores, so an outage never touches the
 * machine's shared PostgreSQL.
 */
export type Proxy = {
  url: string;
  cut(): void;
  restore(): void;
  /**
   * Arms a one-shot fault: on the next connection that sends SQL containing `marker`, the COMMIT
   * that follows reaches the database, and then the client's side of the connection is reset
   * before the acknowledgement can come back. The transaction commits; the client cannot know.
   * Resolves once it has happened.
   */
  loseCommitAcknowledgement(marker: string): Promise<void>;
  close(): Promise<void>;
};

export async function startProxy(target: URL): Promise<Proxy> {
  const sockets = new Set<net.Socket>();
  let open = true;
  let armed: { marker: string; done(): void } | null = null;
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    upstream.pipe(client);
    let sawMarker = false;
    client.on('data', (chunk: Buffer) => {
      const fault = armed;
      if (fault === null) return void upstream.write(chunk);
      const text = chunk.toString('latin1').toLowerCase();
      sawMarker ||= text.includes(fault.marker);
      if (!sawMarker || !text.includes('commit')) return void upstream.write(chunk);
      armed = null;
      // The database gets the COMMIT and then an orderly end of input; the client gets a reset.
      upstream.unpipe(client);
      upstream.end(chunk);
      client.resetAndDestroy();
      fault.done();
    });
    client.on('end', () => upstream.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(target.toString());
  url.port = String(port);
  url.hostname = '127.0.0.1';
  return {
    url: url.toString(),
    cut: () => {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    restore: () => {
      open = true;
    },
    loseCommitAcknowledgement: (marker) =>
      new Promise<void>((resolve) => {
        armed = { marker: marker.toLowerCase(), done: resolve };
      }),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
