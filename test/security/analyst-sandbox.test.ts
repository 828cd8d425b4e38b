import { AnalystSandbox } from '../../src/db/sandbox';
import { withDemoApi } from '../helpers/demo-api';
import { startTestServer } from '../helpers/server';
import { testConfig } from '../helpers/neo4j-target';

const RUN = `query($c: String!, $p: JSON, $t: Int, $m: Int) {
  analystQuery(cypher: $c, params: $p, timeoutMs: $t, maxRows: $m) { columns rows truncated } }`;

/** Work Neo4j does inside one expression without checking for termination: 10^8 steps of any() (~10 s). */
const UNINTERRUPTIBLE =
  "RETURN size([x IN range(1, 10000) WHERE any(y IN range(1, 10000) WHERE toString(x * y) = 'never')]) AS n";

describe('the analyst sandbox under attack', () => {
  const suite = withDemoApi({ as: 'analyst' });

  const ready = async () => (await fetch(`${suite.api.url}/ready`)).status;

  it('a statement Neo4j does not stop at its timeout still ends, with TIMEOUT, within timeoutMs plus the grace', async () => {
    const started = Date.now();
    const res = await suite.api.gql(RUN, { c: UNINTERRUPTIBLE, t: 300 });
    const took = Date.now() - started;
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'TIMEOUT', field: 'timeoutMs' });
    // 300 ms of budget + 1,000 ms of grace; the rest is slack for a loaded CI machine, far below the
    // several seconds Neo4j spends on the statement.
    expect(took).toBeLessThan(300 + 1000 + 1500);
    expect(await ready()).toBe(200);
  });

  it('an analyst statement hogging its connection never starves the API: reads stay answered while the bulkhead is full', async () => {
    const target = testConfig().external!;
    const sandbox = new AnalystSandbox({ ...target }, { poolSize: 1, maxBytes: 8 << 20, graceMs: 200 });
    const api = await startTestServer({ ...suite.db, sandbox }, { as: 'analyst' });
    try {
      const hog = api.gql(RUN, { c: UNINTERRUPTIBLE, t: 1500 });
      await new Promise((r) => setTimeout(r, 100));
      // A second analyst statement waits for the one connection, and gets TIMEOUT at its own timeout.
      const waiting = api.gql(RUN, { c: 'RETURN 1 AS x', t: 300 });
      const reads = await Promise.all(
        Array.from({ length: 20 }, () => api.gql('{ entity(id: "ecri") { id name } }', {}, { as: 'anonymous' })),
      );
      expect(reads.every((r) => r.status === 200 && r.data?.entity?.id === 'ecri')).toBe(true);
      expect((await waiting).errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      expect((await waiting).errors?.[0]?.message).toMatch(/ANALYST_POOL_SIZE 1/);
      expect((await hog).errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      // The slot is free again.
      expect((await api.gql(RUN, { c: 'RETURN 1 AS x' })).data.analystQuery.rows).toEqual([{ x: 1 }]);
    } finally {
      await api.close();
      await sandbox.close();
    }
  });

  it('a result larger than ANALYST_MAX_BYTES is cut with RESOURCE_LIMIT and the memory is given back', async () => {
    const target = testConfig().external!;
    const sandbox = new AnalystSandbox({ ...target }, { poolSize: 2, maxBytes: 1 << 20, graceMs: 1000 });
    const api = await startTestServer({ ...suite.db, sandbox }, { as: 'analyst' });
    try {
      const rssBefore = process.memoryUsage().rss;
      // One row holding ~20 MB: the relay cuts the connection at 1 MB, before the driver decodes it.
      const big = await api.gql(RUN, {
        c: "UNWIND range(1, 700000) AS i RETURN collect('row-' + toString(i) + '-padding-padding') AS c",
        m: 1,
        t: 20000,
      });
      expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'RESOURCE_LIMIT', field: 'cypher' });
      expect(big.errors?.[0]?.message).toMatch(/ANALYST_MAX_BYTES \(1048576 bytes\)/);
      // Many small rows: counted as they are converted.
      const many = await api.gql(RUN, {
        c: "UNWIND range(1, 9000) AS i RETURN i, apoc.text.join([x IN range(1, 40) | 'padding'], '-') + toString(i) AS s",
        m: 10000,
      });
      expect(many.errors?.[0]?.extensions?.code).toBe('RESOURCE_LIMIT');
      const rssAfter = process.memoryUsage().rss;
      expect(rssAfter - rssBefore).toBeLessThan(50 * 1024 * 1024);
      // What fits is answered whole.
      const fits = await api.gql(RUN, { c: 'UNWIND range(1, 200000) AS i RETURN count(i) AS n' });
      expect(fits.data.analystQuery.rows).toEqual([{ n: 200000 }]);
    } finally {
      await api.close();
      await sandbox.close();
    }
  });

  it('a memory bomb Neo4j counts (collect) answers RESOURCE_LIMIT and Neo4j keeps answering', async () => {
    const res = await suite.api.gql(RUN, {
      c: 'UNWIND range(1, 60000000) AS i WITH collect(i) AS c RETURN size(c) AS n',
      t: 30000,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('RESOURCE_LIMIT');
    expect(res.errors?.[0]?.message).not.toMatch(/org\.|java\.|dbms\.memory/);
    expect(await ready()).toBe(200);
    expect((await suite.api.gql(RUN, { c: 'RETURN 1 AS x' })).data.analystQuery.rows).toEqual([{ x: 1 }]);
  });

  it('parameters nested 20,000 deep are refused as BAD_USER_INPUT naming params, not a crash', async () => {
    const deep = `${'['.repeat(20000)}1${']'.repeat(20000)}`;
    const res = await fetch(`${suite.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test-analyst-key-0123456789abcdef' },
      body: `{"query": ${JSON.stringify(RUN)}, "variables": {"c": "RETURN $x AS x", "p": {"x": ${deep}}}}`,
    });
    const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    expect(res.status).not.toBe(500);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'params' });
  });

  it('an expression of 500 additions is answered, not an internal error', async () => {
    // A generous timeout: the threat is an internal error, not slowness (planning 500 terms on a loaded
    // machine took over the default 5 s once).
    const res = await suite.api.gql(RUN, { c: `RETURN ${Array(500).fill('1').join(' + ')} AS x`, t: 30000 });
    expect(res.errors).toBeUndefined();
    expect(res.data.analystQuery.rows).toEqual([{ x: 500 }]);
  });

  it('Neo4j’s internal class names never reach the analyst (a Lucene parse error)', async () => {
    const res = await suite.api.gql(RUN, {
      c: "CALL db.index.fulltext.queryNodes('entity_search', 'a AND (') YIELD node RETURN node.id AS id",
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/Cannot parse|could not run/);
    expect(res.errors![0].message).not.toMatch(/org\.apache|lucene\.|java\.|Caused by/);
  });

  it('every procedure on the allow-list runs (the list holds only what works)', async () => {
    const calls = [
      'CALL db.labels() YIELD label RETURN count(label) AS n',
      'CALL db.relationshipTypes() YIELD relationshipType RETURN count(*) AS n',
      'CALL db.propertyKeys() YIELD propertyKey RETURN count(*) AS n',
      'CALL db.schema.visualization() YIELD nodes RETURN size(nodes) AS n',
      'CALL db.schema.nodeTypeProperties() YIELD propertyName RETURN count(*) AS n',
      'CALL db.schema.relTypeProperties() YIELD propertyName RETURN count(*) AS n',
      "CALL apoc.help('coll') YIELD name RETURN count(name) AS n",
      'CALL apoc.coll.zipToRows([1], [2]) YIELD value RETURN count(*) AS n',
      'CALL apoc.coll.elements([1, 2]) YIELD _1 RETURN count(*) AS n',
      "MATCH (s:Entity {id: 'ecri'}) CALL apoc.path.subgraphNodes(s, {maxLevel: 1}) YIELD node RETURN count(node) AS n",
      "MATCH (s:Entity {id: 'ecri'}) CALL apoc.path.expand(s, null, null, 0, 1) YIELD path RETURN count(path) AS n",
      "MATCH (s:Entity {id: 'ecri'}) CALL apoc.neighbors.tohop(s, null, 1) YIELD node RETURN count(node) AS n",
    ];
    for (const c of calls) {
      const res = await suite.api.gql(RUN, { c });
      expect({ c, errors: res.errors }).toEqual({ c, errors: undefined });
    }
  });
});

describe('requests that are not queries or mutations', () => {
  const suite = withDemoApi();

  it('a subscription is answered 400 BAD_REQUEST, not an internal error', async () => {
    const res = await suite.api.gql('subscription { x }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
