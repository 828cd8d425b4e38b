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
  meterResult: () => void;
  /** Bytes Neo4j sent since meterResult. */
  bytesReceived: () => number;
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
  /** Connections kept between statements (opening one costs ~60 ms of handshake and authentication). */
  private readonly idle: Slot[] = [];

  constructor(
    private readonly target: SandboxTarget,
    readonly options: SandboxOptions,
  ) {
    this.gate = new Semaphore(options.poolSize);
    const url = new URL(target.uri.replace(/^(neo4j|bolt)(\+s|\+ssc)?:/, 'http$2:'));
    if (!/\+s/.test(target.uri.split(':')[0])) this.upstream = { host: url.hostname, port: Number(url.port || 7687) };
  }

  /** Statements running in the sandbox right now (for /metrics and tests). */
  get busy(): number {
    return this.options.poolSize - this.gate.getValue();
  }

  /**
   * Runs `work` on a connection of the sandbox's own, within `timeoutMs` (waiting for a turn included)
   * plus the grace; TIMEOUT or RESOURCE_LIMIT otherwise. A connection that was cut is never reused.
   */
  async run<R>(timeoutMs: number, work: (c: SandboxConnection, timeoutLeft: () => number) => Promise<R>): Promise<R> {
    const started = Date.now();
    const deadline = started + timeoutMs;
    const busy = new AppError(
      ErrorCode.TIMEOUT,
      `Every analyst connection (ANALYST_POOL_SIZE ${this.options.poolSize}) stayed busy until the statement's timeout; try again shortly`,
      { field: 'timeoutMs' },
    );
    const [, release] = await withTimeout(this.gate, timeoutMs, busy).acquire();
    let slot: Slot | undefined;
    let timer: NodeJS.Timeout | undefined;
    let session: Session | undefined;
    try {
      slot = this.idle.pop() ?? (await this.openSlot());
      slot.relay?.begin();
      const relay = slot.relay;
      session = slot.driver.session({ database: this.target.database, defaultAccessMode: 'READ', fetchSize: 200 });
      const connection: SandboxConnection = {
        session,
        meterResult: () => relay?.meter(),
        bytesReceived: () => relay?.metered ?? 0,
      };
      const hardStop = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => {
            relay?.cut('timeout');
            reject(timedOut(timeoutMs));
          },
          Math.max(0, deadline - Date.now()) + this.options.graceMs,
        );
      });
      const working = work(connection, () => Math.max(1, deadline - Date.now()));
      working.catch(() => undefined); // it may fail after the hard stop answered; that failure is moot
      return await Promise.race([working, hardStop]);
    } catch (e) {
      if (slot) slot.broken = true;
      if (slot?.relay?.cutFor === 'bytes') throw resultTooLarge(this.options.maxBytes);
      if (slot?.relay?.cutFor === 'timeout') throw timedOut(timeoutMs);
      throw e;
    } finally {
      clearTimeout(timer);
      if (slot?.relay?.cutFor) slot.broken = true;
      slot?.relay?.end();
      if (slot && !slot.broken && session) {
        await session.close().catch(() => (slot!.broken = true));
      }
      if (slot && !slot.broken) this.keep(slot);
      else if (slot) void this.dispose(slot, session);
      release();
    }
  }

  /** Closes the connections kept between statements (with the API's driver). */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((s) => this.dispose(s)));
  }

  private keep(slot: Slot): void {
    this.idle.push(slot);
    // An idle connection is closed after a while, so a quiet API holds none and a process can exit.
    clearTimeout(slot.expiry);
    slot.expiry = setTimeout(() => {
      const at = this.idle.indexOf(slot);
      if (at >= 0) void this.dispose(this.idle.splice(at, 1)[0]);
    }, IDLE_MS).unref();
  }

  private async dispose(slot: Slot, session?: Session): Promise<void> {
    clearTimeout(slot.expiry);
    slot.relay?.cut('done');
    // Closing waits for nothing once the relay has dropped the connection; never let it hold anyone.
    await Promise.race([(session?.close() ?? Promise.resolve()).then(() => slot.driver.close()), sleep(1000)]).catch(
      () => undefined,
    );
    slot.relay?.close();
  }

  private async openSlot(): Promise<Slot> {
    const relay = this.upstream
      ? await Relay.open(this.upstream, this.options.maxBytes + PROTOCOL_ALLOWANCE)
      : undefined;
    const uri = relay ? `bolt://127.0.0.1:${relay.port}` : this.target.uri;
    const driver = neo4j.driver(uri, neo4j.auth.basic(this.target.username, this.target.password), {
      maxConnectionPoolSize: 1,
      maxTransactionRetryTime: 0,
      connectionAcquisitionTimeout: 5000,
      connectionTimeout: 5000,
      disableLosslessIntegers: false,
      logging: { level: 'error', logger: () => undefined },
    });
    return { relay, driver, broken: false };
  }
}

/** How long a sandbox connection is kept unused before it is closed. */
const IDLE_MS = 10_000;

/** RESOURCE_LIMIT for a result past ANALYST_MAX_BYTES, whether the wire or the conversion found it. */
export const resultTooLarge = (maxBytes: number) =>
  new AppError(
    ErrorCode.RESOURCE_LIMIT,
    `The result grew past ANALYST_MAX_BYTES (${maxBytes} bytes) and was cut; return fewer or smaller values (aggregate, or pick properties)`,
    { field: 'cypher' },
  );

const timedOut = (timeoutMs: number) =>
  new AppError(
    ErrorCode.TIMEOUT,
    `The statement was stopped at its timeout of ${timeoutMs} ms (planning included); narrow it, or raise timeoutMs`,
    { field: 'timeoutMs' },
  );

/** One sandbox connection: a driver of pool size 1, through its relay. */
interface Slot {
  relay?: Relay;
  driver: Driver;
  broken: boolean;
  expiry?: NodeJS.Timeout;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/**
 * A loopback relay to Neo4j for one connection at a time, that counts what Neo4j sends during a
 * statement's result and can drop the connection.
 */
class Relay {
  metered = 0;
  cutFor?: 'timeout' | 'bytes' | 'done';
  private metering = false;
  private active = false;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
    private readonly maxBytes: number,
  ) {}

  static async open(upstream: { host: string; port: number }, maxBytes: number): Promise<Relay> {
    // The relay is made once the server listens (it needs the port); connections arrive only after that.
    const server = net.createServer((client) => relay.accept(client, upstream));
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    server.unref();
    const relay = new Relay(server, (server.address() as net.AddressInfo).port, maxBytes);
    return relay;
  }

  /** A statement begins: nothing metered yet. */
  begin(): void {
    this.active = true;
    this.metering = false;
    this.metered = 0;
  }

  /** The statement ended: what follows (closing the session) is not metered. */
  end(): void {
    this.active = false;
    this.metering = false;
  }

  meter(): void {
    this.metering = this.active;
    this.metered = 0;
  }

  private accept(client: net.Socket, upstream: { host: string; port: number }): void {
    // One connection at a time, and only the driver's: another local process finds it taken.
    if (this.cutFor || this.sockets.size) return void client.destroy();
    const server = net.connect(upstream.port, upstream.host);
    for (const s of [client, server]) {
      s.setNoDelay(true);
      this.sockets.add(s);
      s.on('error', () => this.cut(this.cutFor ?? 'done'));
      s.on('close', () => this.cut(this.cutFor ?? 'done'));
    }
    server.unref();
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
