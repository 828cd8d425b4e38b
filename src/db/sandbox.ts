import net from 'node:net';
import { Semaphore, withTimeout } from 'async-mutex';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors/errors';

/** Where the sandbox connects, with the credentials of the API's own driver. */
export interface SandboxTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface SandboxOptions {
  /** Analyst statements running at once; each has its own connection, apart from the API's pool. */
  poolSize: number;
  /** Most bytes Neo4j may send for one statement's result before the connection is cut. */
  maxBytes: number;
  /** How long past its own timeout a statement may take before its connection is dropped. */
  graceMs: number;
}

/** What a statement running in the sandbox can ask of its connection. */
export interface SandboxConnection {
  session: Session;
  /** Counts the bytes Neo4j sends from now on against maxBytes (call once the result is requested). */
  meterResult(): void;
  /** Bytes Neo4j sent since meterResult. */
  bytesReceived(): number;
}

/** Bytes of Bolt framing, the RUN answer and the summary allowed on top of maxBytes. */
const PROTOCOL_ALLOWANCE = 64 * 1024;

/**
 * The analyst bulkhead. Each analyst statement runs on a connection of its own, through a loopback
 * relay this process controls, so that:
 * - analyst work never takes a connection from the API's pool (at most `poolSize` run at once; the
 *   others wait within their own timeout);
 * - the request ends at its timeout plus `graceMs` whatever Neo4j is doing: the relay drops the
 *   connection (Neo4j then terminates the transaction) instead of waiting, as the driver would, for a
 *   statement that does not check for termination (a pooled connection was held 241 s that way);
 * - results are bounded in bytes on the wire, before the driver decodes them: past `maxBytes` the
 *   relay cuts the connection (a 256 M-character string took the API from 288 to 673 MB).
 * The relay only sees plain Bolt: with an encrypted URI (+s, +ssc) the statement connects directly, and
 * the timeout and the byte bound are enforced as the driver reads (docs/analyst.md says so).
 */
export class AnalystSandbox {
  private readonly gate: Semaphore;
  private readonly upstream?: { host: string; port: number };

  constructor(
    private readonly target: SandboxTarget,
    readonly options: SandboxOptions,
  ) {
    this.gate = new Semaphore(options.poolSize);
    const url = new URL(target.uri.replace(/^(neo4j|bolt)(\+s|\+ssc)?:/, 'http$2:'));
    if (!/\+s/.test(target.uri.split(':')[0])) this.upstream = { host: url.hostname, port: Number(url.port || 7687) };
  }

  /** Statements running in the sandbox right now, and waiting for a turn (for /metrics and tests). */
  get busy(): number {
    return this.options.poolSize - this.gate.getValue();
  }

  /**
   * Runs `work` on a connection of its own, within `timeoutMs` (waiting for a turn included) plus the
   * grace; TIMEOUT or RESOURCE_LIMIT otherwise. `metadata` tags the transaction (SHOW TRANSACTIONS).
   */
  async run<R>(timeoutMs: number, work: (c: SandboxConnection, timeoutLeft: () => number) => Promise<R>): Promise<R> {
    const started = Date.now();
    const deadline = started + timeoutMs;
    const busy = new AppError(ErrorCode.TIMEOUT, `Every analyst connection (ANALYST_POOL_SIZE ${this.options.poolSize}) stayed busy until the statement's timeout; try again shortly`, { field: 'timeoutMs' });
    const [, release] = await withTimeout(this.gate, timeoutMs, busy).acquire();
    const relay = this.upstream ? await Relay.open(this.upstream, this.options.maxBytes + PROTOCOL_ALLOWANCE) : undefined;
    const driver = this.driverFor(relay);
    const session = driver.session({ database: this.target.database, defaultAccessMode: 'READ', fetchSize: 200 });
    const connection: SandboxConnection = { session, meterResult: () => relay?.meter(), bytesReceived: () => relay?.metered ?? 0 };
    let timer: NodeJS.Timeout | undefined;
    const hardStop = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        relay?.cut('timeout');
        reject(new AppError(ErrorCode.TIMEOUT, `The statement was stopped at its timeout of ${timeoutMs} ms (planning included); narrow it, or raise timeoutMs`, { field: 'timeoutMs' }));
      }, Math.max(0, deadline - Date.now()) + this.options.graceMs);
    });
    const working = work(connection, () => Math.max(1, deadline - Date.now()));
    working.catch(() => undefined); // it may fail after the hard stop answered; that failure is moot
    try {
      return await Promise.race([working, hardStop]);
    } catch (e) {
      if (relay?.cutFor === 'bytes') {
        throw new AppError(ErrorCode.RESOURCE_LIMIT, `The result grew past ANALYST_MAX_BYTES (${this.options.maxBytes} bytes) and was cut; return fewer or smaller values (aggregate, or pick properties)`, { field: 'cypher' });
      }
      if (relay?.cutFor === 'timeout') {
        throw new AppError(ErrorCode.TIMEOUT, `The statement was stopped at its timeout of ${timeoutMs} ms (planning included); narrow it, or raise timeoutMs`, { field: 'timeoutMs' });
      }
      throw e;
    } finally {
      clearTimeout(timer);
      // Closing waits for nothing once the relay has dropped the connection; never let it hold the request.
      relay?.cut('done');
      void Promise.race([session.close(), sleep(1000)])
        .then(() => driver.close())
        .catch(() => undefined)
        .finally(() => relay?.close());
      release();
    }
  }

  private driverFor(relay?: Relay): Driver {
    const uri = relay ? `bolt://127.0.0.1:${relay.port}` : this.target.uri;
    return neo4j.driver(uri, neo4j.auth.basic(this.target.username, this.target.password), {
      maxConnectionPoolSize: 1,
      maxTransactionRetryTime: 0,
      connectionAcquisitionTimeout: 5000,
      connectionTimeout: 5000,
      disableLosslessIntegers: false,
      logging: { level: 'error', logger: () => undefined },
    });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/** A one-connection loopback relay to Neo4j that counts what Neo4j sends and can drop the connection. */
class Relay {
  metered = 0;
  cutFor?: 'timeout' | 'bytes' | 'done';
  private metering = false;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
    private readonly maxBytes: number,
  ) {}

  static async open(upstream: { host: string; port: number }, maxBytes: number): Promise<Relay> {
    let relay: Relay | undefined;
    const server = net.createServer((client) => relay!.accept(client, upstream));
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    relay = new Relay(server, (server.address() as net.AddressInfo).port, maxBytes);
    return relay;
  }

  meter(): void {
    this.metering = true;
    this.metered = 0;
  }

  private accept(client: net.Socket, upstream: { host: string; port: number }): void {
    if (this.cutFor || this.sockets.size) return void client.destroy();
    // One statement, one connection: stop listening once the driver has connected.
    this.server.close();
    const server = net.connect(upstream.port, upstream.host);
    for (const s of [client, server]) {
      s.setNoDelay(true);
      this.sockets.add(s);
      s.on('error', () => this.cut(this.cutFor ?? 'done'));
      s.on('close', () => this.cut(this.cutFor ?? 'done'));
    }
    client.pipe(server);
    server.on('data', (chunk: Buffer) => {
      if (this.metering) {
        this.metered += chunk.length;
        if (this.metered > this.maxBytes) return this.cut('bytes');
      }
      if (!client.write(chunk)) {
        server.pause();
        client.once('drain', () => server.resume());
      }
    });
  }

  /** Drops both ends at once: Neo4j sees its client gone and terminates the transaction. */
  cut(reason: 'timeout' | 'bytes' | 'done'): void {
    this.cutFor ??= reason;
    for (const s of this.sockets) s.destroy();
  }

  close(): void {
    this.cut('done');
    if (this.server.listening) this.server.close();
  }
}
