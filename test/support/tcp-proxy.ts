import { createServer, Server, Socket, connect } from 'node:net';

/**
 * A loopback TCP proxy in front of the test database, to simulate an outage: `refuse()` drops
 * every connection and refuses new ones; `blackhole()` keeps sockets open but forwards nothing
 * (a hung network); `restore()` forwards again.
 */
export class TcpProxy {
  private server?: Server;
  private mode: 'forward' | 'refuse' | 'blackhole' = 'forward';
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    await this.listen(0);
  }

  refuse(): Promise<void> {
    this.mode = 'refuse';
    this.dropAll();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  blackhole(): void {
    this.mode = 'blackhole';
    this.dropAll();
  }

  async restore(): Promise<void> {
    const wasRefusing = this.mode === 'refuse';
    this.mode = 'forward';
    this.dropAll(); // stuck connections are gone; the pool reconnects
    if (wasRefusing) await this.listen(this.port);
  }

  async stop(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => (this.server?.listening ? this.server.close(() => resolve()) : resolve()));
  }

  private listen(port: number): Promise<void> {
    this.server = createServer((client) => this.accept(client));
    return new Promise((resolve) =>
      this.server!.listen(port, '127.0.0.1', () => {
        this.port = (this.server!.address() as { port: number }).port;
        resolve();
      }),
    );
  }

  private accept(client: Socket): void {
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => undefined);
    if (this.mode === 'blackhole') return; // accept, then say nothing
    const upstream = connect(this.targetPort, this.targetHost);
    this.sockets.add(upstream);
    upstream.on('close', () => this.sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('data', (d) => this.mode === 'forward' && upstream.write(d));
    upstream.on('data', (d) => this.mode === 'forward' && client.write(d));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  private dropAll(): void {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }
}
