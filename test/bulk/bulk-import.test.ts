import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT, type Config } from '../../src/config';
import { connect, type Database } from '../../src/db/driver';
import { storeAllCountries } from '../../src/db/countries';
import { deriveAllIntervals } from '../../src/db/intervals';
import { migrate } from '../../src/db/migrate';
import { CypherRunner } from '../../src/db/runner';
import { toNative } from '../../src/db/values';
import { demoFiles } from '../../src/import/demo';
import { importFiles } from '../../src/import/importer';
import { ImportValidationError } from '../../src/import/validate';
import { bulkImport } from '../../tools/bulk/bulk-import';
import { LocalNeo4j } from '../../tools/localdb/launcher';
import { testConfig } from '../helpers/neo4j-target';
import { defaultServerOptions } from '../../src/server';
import { withScratchDir } from '../helpers/scratch';
import { startTestServer } from '../helpers/server';

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
      `MATCH (e) WHERE NOT e:Migration AND NOT e:Change AND NOT e:ChangeLog AND NOT e:TieSpans AND NOT e:GraphVersion
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

/**
 * The intervals of each entity's public ties as stored on its TieSpans node (docs/model.md, "Tie summaries"),
 * each sorted: the order of a node's relationships differs between a bulk load and an online import.
 */
async function tieSpans(db: Database): Promise<unknown[]> {
  const res = await db.driver.executeQuery(
    `MATCH (s:TieSpans)
     RETURN s.id AS id, apoc.coll.sort([i IN range(0, size(s.from) - 1) | toString(s.from[i]) + '~' + toString(s.to[i])]) AS spans
     ORDER BY id`,
    {},
    { database: db.database },
  );
  return res.records.map((r) => r.toObject());
}

/**
 * The history log as stored: every Change's properties and their Cypher types except `seq` and `at` (the online
 * import's order of concurrent batches and its clock differ from a bulk load's), sorted; the seqs; the counter.
 */
async function recordedLog(db: Database): Promise<{ changes: unknown[]; seqs: number[]; counter: number | null }> {
  const run = async (cypher: string) =>
    (await db.driver.executeQuery(cypher, {}, { database: db.database })).records.map(
      (r) => toNative(r.toObject()) as Record<string, unknown>,
    );
  const changes = await run(
    `MATCH (c:Change)
     RETURN c {.*, seq: null, at: null} AS props,
       [k IN keys(c) | [k, valueType(c[k])]] AS types`,
  );
  const seqs = await run('MATCH (c:Change) RETURN c.seq AS seq ORDER BY seq');
  const [log] = await run('OPTIONAL MATCH (l:ChangeLog) RETURN l.seq AS seq, count(l) AS logs');
  expect(log.logs).toBeLessThanOrEqual(1); // one counter, or every writer would count on its own
  return {
    changes: changes
      .map((c) => ({ ...c, types: (c.types as [string, string][]).sort() }))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    seqs: seqs.map((r) => r.seq as number),
    counter: (log.seq as number | null) ?? null,
  };
}

const HISTORY = `query($id: ID!) {
  history(id: $id, first: 100) {
    totalCount
    edges { node { by org source op entity kind other relation fields { field before after redacted } } }
  }
}`;

/**
 * The API over the bulk-loaded database. A Neo4j just started plans every statement afresh: under a load average of
 * 13 the first upsert after the restart took longer than the default 15 s budget, so these requests get 120 s.
 */
const apiOn = (db: Database, as: 'admin' | 'anonymous') =>
  startTestServer(db, { as, limits: { ...defaultServerOptions().limits, requestTimeoutMs: 120_000 } });

/** history(id) through the API as an admin (who sees private ties), without cursors and times. */
async function historyOf(db: Database, ids: string[]): Promise<Record<string, unknown>> {
  const api = await apiOn(db, 'admin');
  try {
    const out: Record<string, unknown> = {};
    for (const id of ids) {
      const res = await api.gql(HISTORY, { id });
      expect(res.errors).toBeUndefined();
      out[id] = res.data.history;
    }
    return out;
  } finally {
    await api.close();
  }
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
  let onlineLog: Awaited<ReturnType<typeof recordedLog>>;
  // An entity with quoted, multi-line values and ties of several types (one PRIVATE), and the end of a tie.
  const watched = ['bulk-quirky-org', 'bulk-region-b', 'bulk-empty-description'];
  let onlineHistory: Record<string, unknown>;
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

  it('counts a database that holds only what the migrations made (an API started on it once) as empty', async () => {
    // Migration 011 creates the graph's version node: a bulk load into such a database must not ask for --replace.
    const nodes = async (where: string) =>
      Number(
        (
          await db.driver.executeQuery(`MATCH (n) ${where} RETURN count(n) AS n`, {}, { database: db.database })
        ).records[0].get('n'),
      );
    expect(await nodes('WHERE n:GraphVersion')).toBe(1);
    const runner = new CypherRunner(db);
    expect((await runner.read<{ count: number }>('import/bulk-target-nodes'))[0].count).toBe(0);
  });

  it('refuses an invalid file with the online import’s errors, before stopping the database', async () => {
    await withScratchDir('pg-bulk-', async (tmp) => {
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
  });

  it('refuses when NEO4J_URI names another database: the store files are only reachable locally', async () => {
    const err = await refused(testConfig(), files);
    expect(err.message).toMatch(/Bulk loading writes the store files of the local Neo4j, but NEO4J_URI points at/);
  });

  it('loads the same entities, relations, property types and sortNames as the online import', async () => {
    await importFiles(db, files);
    online = await typedGraph(db);
    const onlineSpans = await tieSpans(db);
    expect(onlineSpans.length).toBeGreaterThan(50);
    onlineLog = await recordedLog(db);
    onlineHistory = await historyOf(db, watched);
    expect(online.length).toBeGreaterThan(400);
    const summary = await bulkImport(config, files, { replace: true, log: () => undefined });
    expect(summary.entities + summary.relations).toBe(online.length);
    await open();
    expect(await typedGraph(db)).toEqual(online);
    expect(await tieSpans(db)).toEqual(onlineSpans);
    // The conversion stored what the migrations' walks derive (tools/bulk/derived.ts), which the load skipped: they
    // find nothing left to write. And a few values worked out by hand, so that both paths cannot agree on nothing.
    const runner = new CypherRunner(db);
    expect(await deriveAllIntervals(runner)).toBe(0);
    expect(await storeAllCountries(runner)).toBe(0);
    const [spot] = (
      await db.driver.executeQuery(
        `MATCH (c:Entity {id: 'bulk-cluster'}), (:Entity {id: 'bulk-empty-description'})-[m:MEMBER_OF]->(c),
           (:Entity {id: 'bulk-quirky-org'})-[p:PARTICIPATES_IN]->(project)
         RETURN c.countryId AS country, c.tieCount AS ties, c.hiddenTieCount AS hidden, toString(c.validTo) AS clusterTo,
           toString(m.validFrom) + '/' + toString(m.validTo) AS member, toString(p.validFrom) + '/' + toString(p.validTo) AS project`,
        {},
        { database: db.database },
      )
    ).records.map((r) => toNative(r.toObject()));
    expect(spot).toEqual({
      country: '*',
      ties: 3,
      hidden: 1,
      clusterTo: '2020-02-29',
      member: '2010-05-17/2020-02-29',
      project: '2019-03-01/2021-12-31',
    });
    // The same history as the online import: a CREATE per entity, a LINK per tie, the same fields, authors and
    // property types (at: DATE_TIME, seq: INTEGER), numbered 1…n with the counter at n.
    expect(summary.changes).toBe(online.length);
    expect(await recordedLog(db)).toEqual(onlineLog);
    expect(onlineLog.seqs).toEqual(Array.from({ length: online.length }, (_, i) => i + 1));
    expect(onlineLog.counter).toBe(online.length);
    // The migrations ran on the new store: its uniqueness constraint refuses a second entity with a taken id.
    await expect(
      db.driver.executeQuery('CREATE (:Entity {id: "europe"})', {}, { database: db.database }),
    ).rejects.toThrow(/already exists/);
  }, 600_000);

  it('history(id) of a bulk-loaded entity and of its ties shows the import as the online import recorded it', async () => {
    const bulk = await historyOf(db, watched);
    expect(bulk).toEqual(onlineHistory);
    const changes = (id: string) => (bulk[id] as { edges: { node: any }[] }).edges.map((e) => e.node);
    const field = (c: any, name: string) => c.fields.find((f: any) => f.field === name);
    const org = changes('bulk-quirky-org');
    const created = org.find((c) => c.op === 'CREATE');
    expect(created).toMatchObject({ by: 'internal', org: null, source: 'IMPORT', kind: 'ORGANISATION', other: null });
    expect(field(created, 'description')).toEqual({
      field: 'description',
      before: null,
      after: 'Two lines\nand a CRLF\r\nthen "quotes", commas; done',
      redacted: false,
    });
    expect(field(created, 'aliases').after).toEqual([
      'Semi;colon',
      'Pi|pe',
      'Quote "inside"',
      'Comma, too',
      'Ünïcödé 🚀',
    ]);
    expect(
      org
        .filter((c) => c.op === 'LINK')
        .map((c) => `${c.relation} ${c.other}`)
        .sort(),
    ).toEqual([
      'FOUNDED bulk-project',
      'FUNDED_BY bulk-empty-description',
      'LOCATED_IN bulk-region-a',
      'MEMBER_OF bulk-cluster',
      'PARTICIPATES_IN bulk-project',
      'PARTNER_OF bulk-empty-description',
    ]);
    const borders = changes('bulk-region-b').find((c) => c.relation === 'BORDERS');
    expect(borders).toMatchObject({ op: 'LINK', entity: 'bulk-region-a', kind: 'REGION', relation: 'BORDERS' });
    expect(borders.fields).toEqual([{ field: 'lengthKm', before: null, after: 12, redacted: false }]);
    // The private tie's change is as confidential as the tie: an anonymous caller does not see it.
    const anonymous = await apiOn(db, 'anonymous');
    try {
      const res = await anonymous.gql(HISTORY, { id: 'bulk-empty-description' });
      expect(res.errors).toBeUndefined();
      const seen = res.data.history.edges.map((e: any) => e.node.relation);
      expect(seen).toContain('FUNDED_BY');
      expect(seen).not.toContain('PARTNER_OF');
    } finally {
      await anonymous.close();
    }
  }, 120_000);

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

  it('continues the log after a bulk load: the next mutation takes the next seq, with no gap or repeat', async () => {
    const api = await apiOn(db, 'admin');
    try {
      const res = await api.gql('mutation { upsertCluster(input: {id: "after-bulk", name: "After bulk"}) { id } }');
      expect(res.errors).toBeUndefined();
      const h = await api.gql(HISTORY, { id: 'after-bulk' });
      expect(h.data.history.edges.map((e: any) => e.node.op)).toEqual(['CREATE']);
    } finally {
      await api.close();
    }
    const log = await recordedLog(db);
    const n = onlineLog.seqs.length;
    expect(log.seqs).toEqual(Array.from({ length: n + 1 }, (_, i) => i + 1));
    expect(log.counter).toBe(n + 1);
    const [row] = (
      await db.driver.executeQuery(
        'MATCH (c:Change {seq: toInteger($seq)}) RETURN c.entity AS entity',
        { seq: n + 1 },
        {
          database: db.database,
        },
      )
    ).records;
    expect(row.get('entity')).toBe('after-bulk');
  }, 120_000);
});
