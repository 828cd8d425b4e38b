import type {
  BookmarkManager,
  ManagedTransaction,
  QueryResult,
  Record as Neo4jRecord,
  RecordShape,
  ResultSummary,
  Session,
  Transaction,
} from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors/errors';
import { fillLiterals, loadCypher, type Literal } from './cypher';
import { raiseGraphVersion } from './graph-version';
import type { Database } from './driver';
import { withRetries } from './retry';
import { toNative } from './values';

/** What bounds one request's database work. */
export interface RunnerOptions {
  /**
   * When the request's time budget runs out (ms since the epoch): each call gets what is left as its transaction
   * timeout.
   */
  deadline?: number;
  /** Shared by every session of the request, so it reads its own writes (and those the client's bookmarks name). */
  bookmarks?: BookmarkManager;
  /**
   * Who the work is for, sent as transaction metadata: `SHOW TRANSACTIONS` (column `metaData`) and
   * Neo4j's query log then name the API request (or the command) behind a running query.
   */
  metadata?: TransactionTag;
  /** False for probes that need a quick answer (readiness): no retry after a transient error. */
  retries?: boolean;
}

/** The metadata every transaction carries: the request id (or `cli`) and the operation (or command) name. */
export interface TransactionTag {
  requestId: string;
  operation: string;
}

export type Params = Record<string, unknown>;

/** A named query with its parameters and literals: what a service runs, and what the benchmark runs directly. */
export interface NamedQuery {
  name: string;
  params: Params;
  literals?: Record<string, Literal>;
}

/**
 * Runs a named query inside a transaction a caller already holds (several statements, one unit); rows as plain objects.
 */
export async function runInTx<T = Record<string, unknown>>(
  tx: ManagedTransaction,
  name: string,
  params: Params = {},
): Promise<T[]> {
  return (await tx.run(loadCypher(name, params), params)).records.map((r) => toNative(r.toObject()) as T);
}

/** A transaction offered as a runner's readTx/writeTx, so that an import joins it (ImportOptions.within). */
export const joining = (tx: ManagedTransaction) => ({
  readTx: <R>(work: (t: ManagedTransaction) => Promise<R>) => work(tx),
  writeTx: <R>(work: (t: ManagedTransaction) => Promise<R>) => work(tx),
});

/** A named statement's text with its macros expanded for `params`, and its literals filled in when it has any. */
const statementText = (name: string, params: Params, literals?: Record<string, Literal>): string =>
  literals ? fillLiterals(loadCypher(name, params), literals) : loadCypher(name, params);

/**
 * Runs named Cypher files (`cypher/<name>.cypher`) with parameters only, in managed transactions:
 * reads through executeRead (routable to followers), writes through executeWrite. One runner per
 * request: it counts the round trips that request made to Neo4j.
 */
export class CypherRunner {
  roundTrips = 0;
  /**
   * Milliseconds during which at least one of this runner's calls was waiting on Neo4j (overlapping calls count once).
   */
  dbMs = 0;
  private inFlight = 0;
  private busySince = 0;
  private unit?: { open?: Promise<{ session: Session; tx: Transaction }> };
  /** Metadata of the transactions this runner opens (the operation is known only once the document is parsed). */
  readonly tag: TransactionTag;

  constructor(
    readonly db: Database,
    private readonly options: RunnerOptions = {},
  ) {
    this.tag = { requestId: 'internal', operation: 'internal', ...options.metadata };
  }

  /** Runs a read query and returns its rows as plain objects (`literals` fill `{{name}}` integers and type lists). */
  async read<T = Record<string, unknown>>(
    name: string,
    params: Params = {},
    literals?: Record<string, Literal>,
  ): Promise<T[]> {
    const text = statementText(name, params, literals);
    return this.rows<T>(await this.run('READ', (tx) => tx.run(text, params), undefined, true));
  }

  /**
   * Runs a read query and returns its rows with the bookmark it answered with: the database's last committed
   * transaction, opaque, and the same only while nothing has committed since (any write, through the API or around
   * it). A result read after this call is at least as new as that bookmark, so it may be kept under it
   * (src/modules/list/list.counts.ts). The bookmark is null inside a unit of work, whose reads see its own writes
   * before they commit.
   */
  async readWithBookmark<T = Record<string, unknown>>(
    name: string,
    params: Params = {},
    literals?: Record<string, Literal>,
  ): Promise<{ rows: T[]; bookmark: string | null }> {
    const text = statementText(name, params, literals);
    let bookmark: string | null = null;
    const rows = await this.run(
      'READ',
      async (tx) => {
        const result = await tx.run(text, params);
        bookmark = (tx as unknown as { lastCommitted?: () => string | null }).lastCommitted?.() ?? null;
        return result;
      },
      undefined,
      true,
    );
    return { rows: this.rows<T>(rows), bookmark: this.unit ? null : bookmark };
  }

  /** Runs a prepared read query (see NamedQuery). */
  readQuery<T = Record<string, unknown>>(q: NamedQuery): Promise<T[]> {
    return this.read<T>(q.name, q.params, q.literals);
  }

  /** Runs a write query and returns its rows as plain objects. */
  async write<T = Record<string, unknown>>(name: string, params: Params = {}): Promise<T[]> {
    return this.rows<T>(await this.run('WRITE', (tx) => tx.run(loadCypher(name, params), params)));
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTx<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    return this.run('WRITE', work);
  }

  /** Several statements in one read transaction. */
  async readTx<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    return this.run('READ', work);
  }

  /**
   * From now on, every call of this runner joins one explicit write transaction, opened at the first
   * call and settled by `settleUnit`: a mutation document with several fields commits all or nothing.
   * Calls are not retried inside it (a failed statement spoils the transaction).
   */
  beginUnit(): void {
    this.unit ??= { open: undefined };
  }

  /** Whether a unit of work was begun for this request. */
  get inUnit(): boolean {
    return this.unit !== undefined;
  }

  /** Commits (or rolls back) the unit of work, if one was opened; a failed commit rethrows. */
  async settleUnit(commit: boolean): Promise<void> {
    const open = this.unit?.open;
    this.unit = undefined;
    if (!open) return;
    const { session, tx } = await open;
    try {
      if (commit) {
        await raiseGraphVersion(tx as unknown as ManagedTransaction);
        await tx.commit();
      } else if (tx.isOpen()) await tx.rollback();
    } finally {
      this.db.stats.sessionsOpen--;
      await session.close();
    }
  }

  /**
   * The one place that runs Cypher text not taken from cypher/: analyst statements, after the analyst
   * guard has accepted them. Read transaction, its own timeout, and at most `maxRows` records pulled
   * (one more is read to tell whether the result was truncated; the rest is discarded unread).
   */
  async readAdHoc(
    text: string,
    params: Params,
    maxRows: number,
    timeoutMs: number,
  ): Promise<{ keys: string[]; records: Neo4jRecord[]; truncated: boolean }> {
    return this.run(
      'READ',
      async (tx) => {
        const result = tx.run(text, params);
        const records: Neo4jRecord[] = [];
        for await (const record of result) {
          records.push(record);
          if (records.length > maxRows) break;
        }
        const keys = records.length ? (records[0].keys as string[]) : await result.keys();
        return { keys, records: records.slice(0, maxRows), truncated: records.length > maxRows };
      },
      timeoutMs,
    );
  }

  /**
   * Runs each statement of a migration file (`cypher/migrations/…`) in a write transaction of its own:
   * schema statements may not share a transaction with data writes.
   */
  async writeStatements(statements: string[]): Promise<void> {
    for (const text of statements) await this.run('WRITE', (tx) => tx.run(text));
  }

  /**
   * Streams the rows of a named read query without holding them all (exports of millions of rows):
   * one auto-commit read with the runner's metadata, no retries (rows already handed out cannot be taken back).
   */
  async *stream<T = Record<string, unknown>>(name: string, params: Params = {}): AsyncGenerator<T> {
    const { session, config } = this.autoCommitSession('READ');
    try {
      const rows = session.run(loadCypher(name, params), params, config);
      for await (const record of rows) yield toNative(record.toObject()) as T;
    } finally {
      this.db.stats.sessionsOpen--;
      await session.close();
    }
  }

  /**
   * Runs a named write in an auto-commit transaction with the runner's metadata: `CALL … IN TRANSACTIONS`
   * (bulk clean-ups of millions of rows) needs one, and managed transactions are not. No retries: such a
   * statement commits as it goes, so it must be written to be run again. `unbounded`: no time limit at all,
   * for operators' commands (bulk loads) that have no request deadline.
   */
  async autoCommit(name: string, params: Params = {}, options: { unbounded?: boolean } = {}): Promise<void> {
    const { session, config } = this.autoCommitSession('WRITE');
    // A zero timeout lifts the server's default (db.transaction.timeout) for this transaction only: a
    // clean-up over ten million entities outlasted 120 s on a loaded machine and was cut off.
    if (options.unbounded) config.timeout = 0;
    try {
      await session.run(loadCypher(name, params), params, config);
    } finally {
      this.db.stats.sessionsOpen--;
      await session.close();
    }
  }

  private autoCommitSession(mode: 'READ' | 'WRITE') {
    const timeout = this.remainingBudget();
    this.roundTrips++;
    const config: { metadata: Record<string, string>; timeout?: number } = { metadata: { ...this.tag } };
    if (timeout) config.timeout = timeout;
    return { session: this.session(mode), config };
  }

  /** EXPLAIN of an ad-hoc statement (planned, not run): its query type and plan. */
  async explain(text: string, params: Params): Promise<ResultSummary> {
    return this.run('READ', async (tx) => (await tx.run(`EXPLAIN ${text}`, params)).summary);
  }

  /** `single`: the work is one read statement, run as an auto-commit transaction (see runOnce). */
  private async run<R>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<R>,
    timeoutMs?: number,
    single = false,
  ): Promise<R> {
    this.roundTrips++;
    if (this.inFlight++ === 0) this.busySince = performance.now();
    try {
      return await this.runOnce(mode, work, timeoutMs, single);
    } finally {
      if (--this.inFlight === 0) this.dbMs += performance.now() - this.busySince;
    }
  }

  private async runOnce<R>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<R>,
    timeoutMs?: number,
    single = false,
  ): Promise<R> {
    if (this.unit) {
      this.unit.open ??= this.openUnit();
      const { tx } = await this.unit.open;
      return work(tx as unknown as ManagedTransaction);
    }
    const once = async () => {
      const timeout = timeoutMs ?? this.remainingBudget();
      const session = this.session(mode);
      try {
        const config = { metadata: { ...this.tag }, ...(timeout ? { timeout } : {}) };
        // One read statement goes as an auto-commit transaction: RUN and PULL in one exchange, where a managed
        // one adds BEGIN and a COMMIT round trip. Socket writes were a quarter of the server's CPU on nested
        // lookups at concurrency 8 (docs/performance.md). Same timeout, metadata, bookmarks and read mode;
        // retried the same way (withRetries), as the driver's own retries are off (maxTransactionRetryTime 0).
        if (mode === 'READ' && single)
          return await work({
            run: (text: string, p: Params) => session.run(text, p, config),
            // The bookmark of the statement just run (readWithBookmark).
            lastCommitted: () => session.lastBookmarks()[0] ?? null,
          } as unknown as ManagedTransaction);
        if (mode === 'READ') return await session.executeRead(work, config);
        // The graph's version is raised last, when the work changed what it covers (src/db/graph-version.ts).
        return await session.executeWrite(async (tx) => {
          const result = await work(tx);
          await raiseGraphVersion(tx);
          return result;
        }, config);
      } finally {
        this.db.stats.sessionsOpen--;
        await session.close();
      }
    };
    return this.options.retries === false ? once() : withRetries(this.db, once, this.options.deadline);
  }

  private async openUnit(): Promise<{ session: Session; tx: Transaction }> {
    const timeout = this.remainingBudget();
    const session = this.session('WRITE');
    return { session, tx: session.beginTransaction({ metadata: { ...this.tag }, ...(timeout ? { timeout } : {}) }) };
  }

  /** A session of this runner (counted in the pool statistics until closed). */
  private session(mode: 'READ' | 'WRITE'): Session {
    this.db.stats.sessionsOpen++;
    return this.db.driver.session({
      database: this.db.database,
      defaultAccessMode: mode,
      bookmarkManager: this.options.bookmarks,
    });
  }

  /** Milliseconds left of the request's time budget; TIMEOUT once it is spent. */
  private remainingBudget(): number | undefined {
    if (this.options.deadline === undefined) return undefined;
    const left = this.options.deadline - Date.now();
    if (left <= 0)
      throw new AppError(ErrorCode.TIMEOUT, 'The request used up its time budget before this database call');
    return left;
  }

  private rows<T>(result: QueryResult<RecordShape>): T[] {
    return result.records.map((r) => toNative(r.toObject()) as T);
  }
}
