import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT, type Config } from '../../src/config';
import { connect, type Database } from '../../src/db/driver';
import { migrate } from '../../src/db/migrate';
import { toNative } from '../../src/db/values';
import { demoFiles } from '../../src/import/demo';
import { importFiles } from '../../src/import/importer';
import { ImportValidationError } from '../../src/import/validate';
import { bulkImport } from '../../tools/bulk/bulk-import';
import { LocalNeo4j } from '../../tools/localdb/launcher';
import { testConfig } from '../helpers/neo4j-target';

// Bulk loading stops and replaces the database, so it runs on a Neo4j of its own (home .neo4j/test-bulk, the
// test port + 1), never on the one the other suites share. It needs the launcher: only with a local test Neo4j.
const local = process.env.PG_TEST_LOCAL_NEO4J === '1' ? describe : describe.skip;

function bulkConfig(): Config {
  const env = { ...process.env };
  // global-setup points NEO4J_URI at the shared test database: bulk loading must use its own local one.
  for (const k of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD']) delete env[k];
  return loadConfig({
    ...env,
    LOCAL_NEO4J_HOME: path.join(PROJECT_ROOT, '.neo4j', 'test-bulk'),
    LOCAL_NEO4J_BOLT_PORT: String(Number(env.TEST_NEO4J_BOLT_PORT ?? '7688') + 1),
    LOCAL_NEO4J_HEAP: '512m',
    LOCAL_NEO4J_PAGECACHE: '256m',
    LOG_LEVEL: 'silent',
  });
}

const files = [...demoFiles(), path.join(PROJECT_ROOT, 'test', 'fixtures', 'bulk-quirks.jsonl')];

/**
 * Every node and relationship with its labels, properties and each property's Cypher type (a float where the online
 * import stores an integer would otherwise pass), in a fixed order so a difference shows as a readable diff.
 */
async function typedGraph(db: Database): Promise<unknown[]> {
  const q = async (cypher: string) =>
    (await db.driver.executeQuery(cypher, {}, { database: db.database })).records.map((r) => {
      const row = toNative(r.toObject()) as { types: [string, string][]; labels?: string[] };
      return { ...row, types: [...row.types].sort(), labels: row.labels && [...row.labels].sort() };
    });
  return [
    ...(await q(
      `MATCH (e) WHERE NOT e:Migration
       RETURN e.id AS id, labels(e) AS labels, properties(e) AS props, [k IN keys(e) | [k, valueType(e[k])]] AS types
       ORDER BY id`,
    )),
    ...(await q(
      `MATCH (a)-[r]->(b)
       RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props, [k IN keys(r) | [k, valueType(r[k])]] AS types
       ORDER BY a, type, b`,
    )),
  ];
}

/** Runs a bulk import expected to be refused; returns its message. */
async function refused(config: Config, f: string[], options: Parameters<typeof bulkImport>[2] = {}): Promise<Error> {
  try {
    await bulkImport(config, f, { log: () => undefined, ...options });
  } catch (e) {
    return e as Error;
  }
  throw new Error('the bulk import was expected to fail');
}

local('bulk import with neo4j-admin (its own Neo4j)', () => {
  const config = bulkConfig();
  const neo = new LocalNeo4j(config.local, () => undefined);
  let db: Database;
  let online: unknown[];
  const open = async () => {
    await db?.driver.close();
    db = await connect({ ...neo.connection(), database: config.database }, config.neo4j, () => undefined);
  };

  beforeAll(async () => {
    // A fresh, empty database each run: its files go, the home (password, jars) stays.
    await neo.stop();
    for (const dir of neo.databaseDirs(config.database)) fs.rmSync(dir, { recursive: true, force: true });
    await neo.start();
    await open();
    await migrate(db);
  }, 600_000);

  afterAll(async () => {
    await db?.driver.close();
    await neo.stop();
  }, 120_000);

  it('refuses an invalid file with the online import’s errors, before stopping the database', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-bulk-'));
    const bad = path.join(tmp, 'bad.jsonl');
    fs.writeFileSync(
      bad,
      `${JSON.stringify({ record: 'entity', kind: 'Cluster', id: 'ok-cluster', name: 'OK' })}\n` +
        `${JSON.stringify({ record: 'relation', type: 'LOCATED_IN', from: 'ok-cluster', to: 'nowhere' })}\n`,
    );
    const pid = neo.pid();
    const err = await refused(config, [bad]);
    expect(err).toBeInstanceOf(ImportValidationError);
    expect(err.message).toContain('bad.jsonl line 2: field "to": dangling reference: no entity with id "nowhere"');
    // The same process still runs and answers: nothing was stopped.
    expect(neo.pid()).toBe(pid);
    expect(await neo.answers()).toBe(true);
  });

  it('refuses when NEO4J_URI names another database: the store files are only reachable locally', async () => {
    const err = await refused(testConfig(), files);
    expect(err.message).toMatch(/Bulk loading writes the store files of the local Neo4j, but NEO4J_URI points at/);
  });

  it('loads the same entities, relations, property types and sortNames as the online import', async () => {
    await importFiles(db, files);
    online = await typedGraph(db);
    expect(online.length).toBeGreaterThan(400);
    const summary = await bulkImport(config, files, { replace: true, log: () => undefined });
    expect(summary.entities + summary.relations).toBe(online.length);
    await open();
    expect(await typedGraph(db)).toEqual(online);
    // The migrations ran on the new store: its uniqueness constraint refuses a second entity with a taken id.
    await expect(
      db.driver.executeQuery('CREATE (:Entity {id: "europe"})', {}, { database: db.database }),
    ).rejects.toThrow(/already exists/);
  }, 600_000);

  it('refuses a database that holds data unless told to replace it (a mistaken run must not wipe it)', async () => {
    const pid = neo.pid();
    const err = await refused(config, files);
    expect(err.message).toMatch(/holds \d+ node\(s\); bulk loading replaces the whole store/);
    expect(neo.pid()).toBe(pid);
    expect(await typedGraph(db)).toEqual(online);
  });

  it('leaves a clear error and the previous database, started again, when neo4j-admin is killed', async () => {
    const err = await refused(config, files, {
      replace: true,
      onAdminStarted: (kill) => kill('SIGKILL'),
    });
    expect(err.message).toMatch(/neo4j-admin database import was stopped by SIGKILL/);
    expect(await neo.answers()).toBe(true);
    await open();
    expect(await typedGraph(db)).toEqual(online);
  }, 600_000);
});
