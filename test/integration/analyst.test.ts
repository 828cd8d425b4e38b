import { createContext } from '../../src/http/context-factory';
import type { Database } from '../../src/db/driver';
import { toNative } from '../../src/db/values';
import { listAnalyses } from '../../src/modules/analyst/analyses';
import { checkWithPlanner } from '../../src/modules/analyst/executor';
import { withDemoApi } from '../helpers/demo-api';
import { graphFingerprint } from '../helpers/graph';

const RUN = `query($c: String!, $p: JSON, $t: Int, $m: Int) {
  analystQuery(cypher: $c, params: $p, timeoutMs: $t, maxRows: $m) {
    columns rows truncated graph { nodes { id kind } edges { kind start end role } truncated } } }`;

/** Write and escape attempts: each must be refused (FORBIDDEN) without touching the database. */
const ATTACKS = [
  "CREATE (n:Entity {id: 'x', kind: 'Cluster', name: 'x'})",
  "MERGE (n:Entity {id: 'ecri'}) SET n.name = 'hacked'",
  "MATCH (n:Entity {id: 'ecri'}) SET n.name = 'hacked'",
  "MATCH (n:Entity {id: 'ecri'}) SET n:Hacked",
  "MATCH (n:Entity {id: 'ecri'}) DELETE n",
  "MATCH (n:Entity {id: 'ecri'}) DETACH DELETE n",
  "MATCH (n:Entity {id: 'ecri'}) REMOVE n.name",
  "MATCH (n:Entity {id: 'ecri'}) FOREACH (x IN [1] | CREATE (:Hacked))",
  "MATCH (n:Entity {id: 'ecri'}) CALL (n) { SET n.hacked = true } RETURN 1 AS x",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  'MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS RETURN 1 AS x',
  'CREATE INDEX hacked FOR (n:Entity) ON (n.hacked)',
  'DROP CONSTRAINT entity_id IF EXISTS',
  'CREATE CONSTRAINT hacked FOR (n:Hacked) REQUIRE n.id IS UNIQUE',
  'SHOW USERS',
  'USE system MATCH (n) RETURN n',
  "CALL dbms.security.createUser('mallory', 'secret12345', false)",
  'CALL dbms.components() YIELD name RETURN name',
  "CALL db.createLabel('Hacked')",
  "CALL apoc.create.node(['Hacked'], {}) YIELD node RETURN node",
  "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value",
  "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {}) YIELD batches RETURN batches",
  "CALL apoc.cypher.doIt('MATCH (n) DETACH DELETE n', {}) YIELD value RETURN value",
  "CALL `apoc.cypher`.`doIt`('MATCH (n) DETACH DELETE n', {}) YIELD value RETURN value",
  "RETURN apoc . cypher . runFirstColumnSingle ('MATCH (n) DETACH DELETE n RETURN 1', {}) AS x",
  "CALL apoc.export.json.all('/tmp/leak.json', {}) YIELD file RETURN file",
  'MATCH (n) RETURN count(n) AS c; MATCH (n) DETACH DELETE n',
  'MATCH (n) RETURN count(n) AS c /* harmless */ ; CREATE (:Hacked)',
  "mAtCh (n:Entity {id: 'ecri'}) sEt n.name = 'hacked'",
  "MATCH (n:Entity {id: 'ecri'}) // comment\nSET n.name = 'hacked'",
  'EXPLAIN MATCH (n) SET n.x = 1',
  "CYPHER runtime=slotted MATCH (n:Entity {id: 'ecri'}) SET n.x = 1",
  "WITH 1 AS x CALL apoc.trigger.add('t', 'MATCH (n) DETACH DELETE n', {}) YIELD name RETURN name",
  "CALL gds.graph.project('hacked', '*', '*') YIELD graphName RETURN graphName",
  'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
];

/** Every entity and relationship with its properties (checksummed), plus all nodes, labels, indexes and constraints. */
async function fingerprint(db: Database): Promise<string> {
  const run = async (q: string) =>
    JSON.stringify(
      (await db.driver.executeQuery(q, {}, { database: db.database, routing: 'READ' })).records.map((r) =>
        toNative(r.toObject()),
      ),
    );
  const entities = await graphFingerprint(db);
  const all = await run(
    'MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  const schema = await run('SHOW INDEXES YIELD name RETURN name ORDER BY name');
  const constraints = await run('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const labels = await run('CALL db.labels() YIELD label RETURN label ORDER BY label');
  return JSON.stringify({ entities, all, schema, constraints, labels });
}

describe('analystQuery and saved analyses', () => {
  const suite = withDemoApi({ as: 'analyst' });

  it(`refuses all ${ATTACKS.length} write and escape attempts with FORBIDDEN saying why, and the database is unchanged`, async () => {
    const before = await fingerprint(suite.db);
    for (const cypher of ATTACKS) {
      const res = await suite.api.gql(RUN, { c: cypher });
      expect({ cypher, data: res.data }).toEqual({ cypher, data: null });
      expect({ cypher, code: res.errors?.[0]?.extensions?.code }).toEqual({ cypher, code: 'FORBIDDEN' });
      expect(res.errors![0].message).toMatch(/^analystQuery refused: .{20,}/);
    }
    expect(await fingerprint(suite.db)).toBe(before);
    expect(ATTACKS.length).toBeGreaterThanOrEqual(25);
  });

  it('refuses writes from the plan alone: Neo4j’s EXPLAIN verdict catches what the lexical check would', async () => {
    const ctx = createContext(suite.db, { requestId: 'plan-test' });
    for (const cypher of [
      "MATCH (n:Entity {id: 'ecri'}) SET n.name = 'x'",
      'CREATE (:Hacked)',
      'MERGE (n:Hacked {id: 1})',
      "CALL db.createLabel('Hacked')",
      "CALL apoc.create.node(['Hacked'], {}) YIELD node RETURN node",
      "CALL apoc.cypher.doIt('CREATE (n)', {}) YIELD value RETURN value",
      "RETURN apoc.cypher.runFirstColumnSingle('RETURN 1', {}) AS x",
      "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
      'CALL dbms.components() YIELD name RETURN name',
    ]) {
      await expect(checkWithPlanner(ctx, cypher, {})).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    await expect(
      checkWithPlanner(ctx, 'MATCH (n:Entity) RETURN apoc.text.join([n.id], "-") AS x', {}),
    ).resolves.toBeUndefined();
  });

  it('answers read statements: columns, rows converted faithfully, and the graph of the entities and relationships they contain', async () => {
    const res = await suite.api.gql(RUN, {
      c: `MATCH p = (c:Cluster {id: $id})-[r:PARTICIPATES_IN]->(proj:Project)
          RETURN c.id AS id, p, r, date('2018-05-14') AS day, point({x: 1.5, y: 2}) AS pt, 9007199254740993 AS big, $n AS n, $n + 1 AS next`,
      p: { id: 'klaster-lifescience-krakow', n: 41 },
    });
    expect(res.errors).toBeUndefined();
    const out = res.data.analystQuery;
    expect(out.columns).toEqual(['id', 'p', 'r', 'day', 'pt', 'big', 'n', 'next']);
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0]).toMatchObject({
      id: 'klaster-lifescience-krakow',
      day: '2018-05-14',
      pt: { srid: 7203, x: 1.5, y: 2 },
      big: '9007199254740993',
      n: 41,
      next: 42,
    });
    expect(out.rows[0].r).toMatchObject({ type: 'PARTICIPATES_IN', properties: expect.any(Object) });
    expect(out.graph.nodes.map((n: any) => n.id).sort()).toEqual(['ecri', 'klaster-lifescience-krakow']);
    expect(out.graph.edges).toEqual([
      expect.objectContaining({ kind: 'PARTICIPATES_IN', start: 'klaster-lifescience-krakow', end: 'ecri' }),
    ]);
    expect(out.truncated).toBe(false);
  });

  it('draws relationships returned without their nodes, by looking their ends up', async () => {
    const res = await suite.api.gql(RUN, { c: "MATCH (:Project {id: 'ecri'})<-[r:PARTICIPATES_IN]-() RETURN r" });
    expect(res.errors).toBeUndefined();
    const { graph, rows } = res.data.analystQuery;
    expect(graph.edges).toHaveLength(rows.length);
    expect(graph.nodes.map((n: any) => n.id)).toContain('ecri');
    for (const e of graph.edges)
      expect(graph.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining([e.start, e.end]));
  });

  it('caps rows and says so; checks the caps', async () => {
    const res = await suite.api.gql(RUN, { c: 'UNWIND range(1, 50) AS i RETURN i', m: 7 });
    expect(res.data.analystQuery).toMatchObject({
      truncated: true,
      rows: [{ i: 1 }, { i: 2 }, { i: 3 }, { i: 4 }, { i: 5 }, { i: 6 }, { i: 7 }],
    });
    const exact = await suite.api.gql(RUN, { c: 'UNWIND range(1, 7) AS i RETURN i', m: 7 });
    expect(exact.data.analystQuery.truncated).toBe(false);
    const tooMany = await suite.api.gql(RUN, { c: 'RETURN 1 AS x', m: 10_001 });
    expect(tooMany.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'maxRows' } });
    const tooLong = await suite.api.gql(RUN, { c: 'RETURN 1 AS x', t: 30_001 });
    expect(tooLong.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'timeoutMs' } });
  });

  it('stops a runaway cartesian product at its timeout with a clear TIMEOUT error', async () => {
    const started = Date.now();
    const res = await suite.api.gql(RUN, {
      c: 'MATCH (a), (b), (c), (d) WHERE a.name <> d.name RETURN count(*) AS n',
      t: 1000,
    });
    const took = Date.now() - started;
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'TIMEOUT', field: 'timeoutMs' } });
    expect(res.errors![0].message).toMatch(/timeout of 1000 ms/);
    expect(took).toBeLessThan(15_000);
  });

  it('passes Neo4j’s own complaint on as BAD_USER_INPUT naming the statement', async () => {
    const syntax = await suite.api.gql(RUN, { c: 'MATCH (n RETURN n' });
    expect(syntax.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'cypher' } });
    expect(syntax.errors![0].message).toMatch(/Neo4j could not run the statement: .*Invalid input/);
    const missing = await suite.api.gql(RUN, { c: 'RETURN $nope AS x' });
    expect(missing.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'cypher' } });
    const params = await suite.api.gql(RUN, { c: 'RETURN 1 AS x', p: [1, 2] });
    expect(params.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'params' } });
  });

  it('lists the saved analyses with their parameters; each passes the analyst guard', async () => {
    const res = await suite.api.gql(
      '{ analyses { name title description parameters { name type required defaultValue description } } }',
    );
    expect(res.data.analyses.map((a: any) => a.name)).toEqual([
      'actors-bridging-regions',
      'clusters-per-sector-per-region',
      'cross-border-projects',
      'most-connected-actors-of-region',
      'programmes-by-reach',
    ]);
    for (const a of res.data.analyses) expect(a.title.length * a.description.length).toBeGreaterThan(0);
    const ctx = createContext(suite.db, { requestId: 'guard-analyses' });
    const { loadCypher } = await import('../../src/db/cypher');
    const { checkStatement } = await import('../../src/modules/analyst/guard');
    for (const a of listAnalyses()) {
      const text = loadCypher(a.cypherName);
      expect(() => checkStatement(text)).not.toThrow();
      await checkWithPlanner(ctx, text, Object.fromEntries(a.parameters.map((p) => [p.name, null])));
    }
  });

  const ANALYSIS = 'query($n: String!, $p: JSON) { runAnalysis(name: $n, params: $p) { columns rows truncated } }';

  it('runs the saved analyses on the demo dataset with the answers the seed documents give', async () => {
    const projects = await suite.api.gql(ANALYSIS, { n: 'cross-border-projects' });
    expect(projects.errors).toBeUndefined();
    const byId = Object.fromEntries(projects.data.runAnalysis.rows.map((r: any) => [r.id, r]));
    expect(byId.ecri.countries.sort()).toEqual(['Greece', 'Italy', 'Poland', 'Spain']);
    expect(byId['smart-v4-strategies'].countries.sort()).toEqual(['Czech Republic', 'Hungary', 'Poland', 'Slovakia']);

    const clusters = await suite.api.gql(ANALYSIS, { n: 'clusters-per-sector-per-region', p: { country: 'poland' } });
    const rows = clusters.data.runAnalysis.rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: any) => r.clusters >= 1)).toBe(true);
    expect(rows).toContainEqual(
      expect.objectContaining({
        regionId: 'malopolska',
        sectorId: 'cleantech',
        clusterNames: ['South Poland Cleantech Cluster'],
      }),
    );
    expect(rows.map((r: any) => r.regionId)).not.toContain('piedmont');

    const connected = await suite.api.gql(ANALYSIS, {
      n: 'most-connected-actors-of-region',
      p: { region: 'malopolska', first: 3 },
    });
    expect(connected.data.runAnalysis.rows.map((r: any) => r.id)).toContain('south-poland-cleantech-cluster');
    expect(connected.data.runAnalysis.rows).toHaveLength(3);

    const bridges = await suite.api.gql(ANALYSIS, {
      n: 'actors-bridging-regions',
      p: { a: 'silesian-voivodeship', b: 'malopolska' },
    });
    expect(bridges.data.runAnalysis.rows[0]).toMatchObject({ id: 'ecri-study-visit-2018', tiesToA: 1, tiesToB: 4 });

    const programmes = await suite.api.gql(ANALYSIS, { n: 'programmes-by-reach' });
    const visegrad = programmes.data.runAnalysis.rows.find((r: any) => r.id === 'visegrad-fund');
    expect(visegrad).toMatchObject({ funded: 1, participants: 4 });
  });

  it('checks analysis parameters by name and type', async () => {
    const cases: [string, unknown, string][] = [
      ['most-connected-actors-of-region', {}, 'params.region'],
      ['most-connected-actors-of-region', { region: 'malopolska', first: 'ten' }, 'params.first'],
      ['most-connected-actors-of-region', { region: 'malopolska', frist: 3 }, 'params.frist'],
      ['most-connected-actors-of-region', { region: 3 }, 'params.region'],
      ['cross-border-projects', { minCountries: 2.5 }, 'params.minCountries'],
    ];
    for (const [n, p, field] of cases) {
      const res = await suite.api.gql(ANALYSIS, { n, p });
      expect({ field, error: res.errors?.[0]?.extensions }).toEqual({
        field,
        error: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
    const unknown = await suite.api.gql(ANALYSIS, { n: 'no-such-analysis' });
    expect(unknown.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'name' } });
  });

  it('needs the analyst or admin role: anonymous callers are asked to sign in, other roles are refused', async () => {
    const anonymous = await suite.api.gql(RUN, { c: 'RETURN 1 AS x' }, { as: 'anonymous' });
    expect(anonymous.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(anonymous.errors![0].message).toMatch(/Query\.analystQuery needs the analyst or admin role/);
    for (const as of ['viewer', 'editor'] as const) {
      const refused = await suite.api.gql(ANALYSIS, { n: 'programmes-by-reach' }, { as });
      expect(refused.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(refused.errors![0].message).toMatch(
        new RegExp(`runAnalysis needs the analyst or admin role; test-${as} has ${as}`),
      );
      expect(refused.data).toBeNull();
    }
    const admin = await suite.api.gql(RUN, { c: 'RETURN 1 AS x' }, { as: 'admin' });
    expect(admin.errors).toBeUndefined();
    const list = await suite.api.gql('{ analyses { name } }', {}, { as: 'anonymous' });
    expect(list.data.analyses.length).toBe(5);
  });
});
