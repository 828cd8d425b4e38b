import type { Database } from '../../src/db/driver';
import { CypherRunner } from '../../src/db/runner';
import { exportGraph } from '../../src/export/exporter';
import { importRecords } from '../../src/import/importer';
import { withEmptyApi } from '../helpers/demo-api';
import { withScratchDir } from '../helpers/scratch';

/** Lists the metadata of the transactions Neo4j is running now. */
async function runningMetadata(db: Database): Promise<Record<string, unknown>[]> {
  const { records } = await db.driver.executeQuery(
    'SHOW TRANSACTIONS YIELD metaData RETURN metaData',
    {},
    { database: db.database },
  );
  return records.map((r) => r.get('metaData') as Record<string, unknown>);
}

/** Polls SHOW TRANSACTIONS until one carries `wanted` (or gives up after 10 s). */
async function waitForTransaction(
  db: Database,
  wanted: Record<string, string>,
): Promise<Record<string, unknown> | undefined> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const hit = (await runningMetadata(db)).find((m) => Object.entries(wanted).every(([k, v]) => m[k] === v));
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

/** Holds a write lock on the entity `id` until released: writers of that node wait, visibly, in SHOW TRANSACTIONS. */
async function lockEntity(db: Database, id: string): Promise<() => Promise<void>> {
  const session = db.driver.session({ database: db.database });
  const tx = session.beginTransaction();
  await tx.run('MATCH (e:Entity {id: $id}) SET e._locked = true', { id });
  return async () => {
    await tx.rollback();
    await session.close();
  };
}

/**
 * Starts `work` while the entity `id` is locked, so that its transaction waits, visibly, in SHOW TRANSACTIONS;
 * returns the metadata it showed there (polled for `wanted`) and, once the lock is released, its result.
 */
async function seenWhileLocked<T>(
  db: Database,
  id: string,
  wanted: Record<string, string>,
  work: () => Promise<T>,
): Promise<{ seen: Record<string, unknown> | undefined; result: T }> {
  const release = await lockEntity(db, id);
  let result: Promise<T> | undefined;
  let seen: Record<string, unknown> | undefined;
  try {
    result = work();
    seen = await waitForTransaction(db, wanted);
  } finally {
    await release();
  }
  return { seen, result: await result };
}

describe('every transaction says which request and operation it serves', () => {
  const suite = withEmptyApi({ as: 'editor' });
  beforeAll(async () => {
    await suite.api.gql('mutation { upsertCluster(input: {id: "tm-cluster", name: "Metadata"}) { id } }');
  });

  it('each way the runner runs Cypher sends its metadata', async () => {
    const tag = { requestId: 'req-42', operation: 'probe' };
    const runner = new CypherRunner(suite.db, { metadata: tag });
    const viaTx = async (tx: { run: (q: string) => Promise<{ records: { get(k: string): unknown }[] }> }) =>
      (await tx.run('CALL tx.getMetaData() YIELD metadata RETURN metadata')).records[0].get('metadata');
    expect((await runner.read<{ metadata: unknown }>('system/transaction-metadata'))[0].metadata).toEqual(tag);
    expect(await runner.readTx(viaTx)).toEqual(tag);
    expect(await runner.writeTx(viaTx)).toEqual(tag);
    const streamed: unknown[] = [];
    for await (const row of runner.stream<{ metadata: unknown }>('system/transaction-metadata'))
      streamed.push(row.metadata);
    expect(streamed).toEqual([tag]);
    runner.beginUnit();
    expect((await runner.read<{ metadata: unknown }>('system/transaction-metadata'))[0].metadata).toEqual(tag);
    await runner.settleUnit(false);
  });

  it('a careless caller sends a write through read(): the one-statement read (auto-commit) still refuses it, nothing written', async () => {
    const runner = new CypherRunner(suite.db, { metadata: { requestId: 'tm-read-write', operation: 'probe' } });
    const version = async () =>
      (
        await suite.db.driver.executeQuery(
          'MATCH (v:GraphVersion) RETURN count(v) AS n, max(v.n) AS at',
          {},
          {
            database: suite.db.database,
          },
        )
      ).records[0].toObject();
    const before = await version();
    await expect(runner.read('system/graph-version-bump')).rejects.toThrow(/read access mode|not allowed/i);
    expect(await version()).toEqual(before);
  });

  it('autoCommit runs a named CALL … IN TRANSACTIONS, which a managed transaction refuses', async () => {
    const runner = new CypherRunner(suite.db, { metadata: { requestId: 'tm-auto', operation: 'probe' } });
    await suite.db.driver.executeQuery('CREATE (:Entity {id: "tm-bare", name: "Bare"})');
    await expect(runner.write('import/bulk-empty-lists')).rejects.toThrow();
    await runner.autoCommit('import/bulk-empty-lists');
    const { records } = await suite.db.driver.executeQuery(
      'MATCH (e:Entity {id: "tm-bare"}) RETURN e.aliases AS a, e.labels AS l',
    );
    expect([records[0].get('a'), records[0].get('l')]).toEqual([[], []]);
    await suite.db.driver.executeQuery('MATCH (e:Entity {id: "tm-bare"}) DELETE e');
  });

  /** Sends `query` as request `requestId` while tm-cluster is locked (see seenWhileLocked). */
  const requestWhileLocked = (requestId: string, query: string) =>
    seenWhileLocked(suite.db, 'tm-cluster', { requestId }, () =>
      suite.api.gql(query, {}, { headers: { 'x-request-id': requestId } }),
    );

  it.each([
    [
      'an API request waiting on a lock shows its request id and operation name in SHOW TRANSACTIONS',
      'tm-request-1',
      'mutation RenameCluster { upsertCluster(input: {id: "tm-cluster", name: "Renamed"}) { name } }',
      'RenameCluster',
      'Renamed',
    ],
    [
      'an anonymous operation is named by its type and first field',
      'tm-request-2',
      'mutation { upsertCluster(input: {id: "tm-cluster", name: "Again"}) { name } }',
      'mutation upsertCluster',
      'Again',
    ],
  ])('%s', async (_title, requestId, query, operation, name) => {
    const { seen, result: res } = await requestWhileLocked(requestId, query);
    expect(seen).toEqual({ requestId, operation });
    expect(res.errors).toBeUndefined();
    expect(res.data.upsertCluster.name).toBe(name);
  });

  it('a client-chosen operation name of 100,000 characters is cut to 200 in every transaction', async () => {
    const name = `Op${'x'.repeat(100_000)}`;
    const { seen, result: res } = await requestWhileLocked(
      'tm-request-3',
      `mutation ${name} { upsertCluster(input: {id: "tm-cluster", name: "Long"}) { name } }`,
    );
    expect(seen).toEqual({ requestId: 'tm-request-3', operation: name.slice(0, 200) });
    expect(res.errors).toBeUndefined();
  });

  it('an import run as a command is tagged import', async () => {
    const { seen } = await seenWhileLocked(suite.db, 'tm-cluster', { operation: 'import' }, () =>
      importRecords(suite.db, [
        { origin: { file: 'f.json', record: '1' }, entity: { kind: 'Cluster', id: 'tm-cluster', name: 'Imported' } },
      ]),
    );
    expect(seen).toEqual({ requestId: 'cli', operation: 'import' });
  });

  it('an export streams through the runner (and so is tagged)', async () => {
    const spy = jest.spyOn(CypherRunner.prototype, 'stream');
    try {
      const summary = await withScratchDir('pg-tm-export-', (dir) =>
        exportGraph(suite.db, 'jsonl', `${dir}/graph.jsonl`),
      );
      expect(summary.entities).toBe(1);
      expect(spy).toHaveBeenCalledTimes(2);
      expect((spy.mock.contexts[0] as CypherRunner).tag).toEqual({ requestId: 'cli', operation: 'export' });
    } finally {
      spy.mockRestore();
    }
  });
});
