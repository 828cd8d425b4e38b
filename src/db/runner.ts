import type { ManagedTransaction, QueryResult, Record as Neo4jRecord, RecordShape, ResultSummary } from 'neo4j-driver';
import { fillLiterals, loadCypher, type Literal } from './cypher';
import type { Database } from './driver';
import { toNative } from './values';

export type Params = Record<string, unknown>;

/** A named query with its parameters and literals: what a service runs, and what the benchmark runs directly. */
export interface NamedQuery {
  name: string;
  params: Params;
  literals?: Record<string, Literal>;
}

/**
 * Runs named Cypher files (`cypher/<name>.cypher`) with parameters only, in managed transactions:
 * reads through executeRead (routable to followers), writes through executeWrite. One runner per
 * request: it counts the round trips that request made to Neo4j.
 */
export class CypherRunner {
  roundTrips = 0;

  constructor(
    readonly db: Database,
    private readonly timeoutMs?: number,
  ) {}

  /** Runs a read query and returns its rows as plain objects (`literals` fill `{{name}}` integers and type lists). */
  async read<T = Record<string, unknown>>(name: string, params: Params = {}, literals?: Record<string, Literal>): Promise<T[]> {
    const text = literals ? fillLiterals(loadCypher(name), literals) : loadCypher(name);
    return this.rows<T>(await this.run('READ', (tx) => tx.run(text, params)));
  }

  /** Runs a prepared read query (see NamedQuery). */
  readQuery<T = Record<string, unknown>>(q: NamedQuery): Promise<T[]> {
    return this.read<T>(q.name, q.params, q.literals);
  }

  /** Runs a write query and returns its rows as plain objects. */
  async write<T = Record<string, unknown>>(name: string, params: Params = {}): Promise<T[]> {
    return this.rows<T>(await this.run('WRITE', (tx) => tx.run(loadCypher(name), params)));
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTx<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    return this.run('WRITE', work);
  }

  /**
   * The one place that runs Cypher text not taken from cypher/: analyst statements, after the analyst
   * guard has accepted them. Read transaction, its own timeout, and at most `maxRows` records pulled
   * (one more is read to tell whether the result was truncated; the rest is discarded unread).
   */
  async readAdHoc(text: string, params: Params, maxRows: number, timeoutMs: number): Promise<{ keys: string[]; records: Neo4jRecord[]; truncated: boolean }> {
    return this.run(
      'READ',
      async (tx) => {
        const result = tx.run(text, params);
        const records: Neo4jRecord[] = [];
        for await (const record of result) {
          records.push(record);
          if (records.length > maxRows) break;
        }
        const keys = records.length ? (records[0].keys as string[]) : ((await result.keys()) as string[]);
        return { keys, records: records.slice(0, maxRows), truncated: records.length > maxRows };
      },
      timeoutMs,
    );
  }

  /** EXPLAIN of an ad-hoc statement (planned, not run): its query type and plan. */
  async explain(text: string, params: Params): Promise<ResultSummary> {
    return this.run('READ', async (tx) => (await tx.run(`EXPLAIN ${text}`, params)).summary);
  }

  private async run<R>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<R>, timeoutMs = this.timeoutMs): Promise<R> {
    this.roundTrips++;
    const session = this.db.driver.session({ database: this.db.database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
    const config = timeoutMs ? { timeout: timeoutMs } : undefined;
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }

  private rows<T>(result: QueryResult<RecordShape>): T[] {
    return result.records.map((r) => toNative(r.toObject()) as T);
  }
}
