import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { defaultServerOptions } from '../../src/server';
import { withDemoApi } from '../helpers/demo-api';
import { startTestServer } from '../helpers/server';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

describe('bookmarks cannot be weaponised', () => {
  const suite = withDemoApi({ as: 'editor' });
  const cheap = () => suite.api.gql('{ entity(id: "ecri") { id name } }', {}, { as: 'anonymous' });

  it('a bookmark naming a future transaction is refused at once (400), holding no connection', async () => {
    const write = await suite.api.gql(
      'mutation { upsertSector(input: { id: "bookmark-sector", name: "Bookmark sector", sectorType: INDUSTRY }) { id } }',
    );
    const issued = write.headers.get('x-neo4j-bookmarks')!;
    expect(issued).toMatch(/~[A-Za-z0-9_-]{43}$/);
    // Read-your-writes with the header as it was given.
    const read = await suite.api.gql(
      '{ entity(id: "bookmark-sector") { id } }',
      {},
      { headers: { 'x-neo4j-bookmarks': issued } },
    );
    expect(read.data.entity.id).toBe('bookmark-sector');

    const [bookmark, signature] = issued.split('~');
    const forgeries = [
      bookmark, // unsigned
      `${bookmark.slice(0, -4)}AAAA~${signature}`, // another transaction under the old signature
      `${bookmark}~${'A'.repeat(43)}`, // a made-up signature
      `FB:${'f'.repeat(40)}~${signature}`,
    ];
    for (const forged of forgeries) {
      const res = await suite.api.gql(
        '{ entity(id: "ecri") { id } }',
        {},
        { headers: { 'x-neo4j-bookmarks': forged } },
      );
      expect({ forged, status: res.status, ext: res.errors?.[0]?.extensions }).toEqual({
        forged,
        status: 400,
        ext: { code: 'BAD_USER_INPUT', field: 'x-neo4j-bookmarks' },
      });
    }
    await suite.api.gql('mutation { deleteEntity(id: "bookmark-sector") { entity { id } } }');
  });

  it('100 forged bookmarks at once leave cheap reads answered (figures in test-output/security/bookmarks.json)', async () => {
    for (let i = 0; i < 20; i++) await cheap(); // warm-up
    const idle: number[] = [];
    for (let i = 0; i < 60; i++) idle.push(await timed(cheap));
    const forged = `FB:${'f'.repeat(40)}~${'A'.repeat(43)}`;
    const attack = Promise.all(
      Array.from({ length: 100 }, () =>
        suite.api.gql(
          '{ entity(id: "ecri") { id } }',
          {},
          { as: 'anonymous', headers: { 'x-neo4j-bookmarks': forged } },
        ),
      ),
    );
    const underAttack: number[] = [];
    const sessionsDuring: number[] = [];
    for (let i = 0; i < 60; i++) {
      underAttack.push(await timed(cheap));
      sessionsDuring.push(suite.db.stats.sessionsOpen);
    }
    const answers = await attack;
    expect(answers.every((a) => a.status === 400)).toBe(true);
    // No forged request ever held a pooled connection: at most the one cheap read in flight did.
    expect(Math.max(...sessionsDuring)).toBeLessThanOrEqual(1);
    const out = path.join(PROJECT_ROOT, 'test-output', 'security');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(
      path.join(out, 'bookmarks.json'),
      JSON.stringify(
        { idleP95Ms: p95(idle), underAttackP95Ms: p95(underAttack), ratio: p95(underAttack) / p95(idle) },
        null,
        2,
      ),
    );
  });
});

describe('GDS projections are never left behind', () => {
  const suite = withDemoApi({ as: 'analyst' });

  const projections = async () =>
    (
      await suite.db.driver.executeQuery(
        'CALL gds.graph.list() YIELD graphName RETURN collect(graphName) AS names',
        {},
        { database: suite.db.database },
      )
    ).records[0].get('names') as string[];

  it('a centrality request that runs out of its time budget drops its projection all the same', async () => {
    // Betweenness on the demo graph takes ~100 ms cold and less once Neo4j is warm, so no single budget is
    // sure to cut it short: budgets shrink until requests time out (at 1 ms nothing can finish), and after
    // every request, whatever stage its budget ran out in, the catalog must be empty again.
    const outcomes: string[] = [];
    for (const requestTimeoutMs of [150, 60, 25, 10, 4, 1]) {
      const limits = { ...defaultServerOptions().limits, requestTimeoutMs };
      const api = await startTestServer(suite.db, { as: 'analyst', limits });
      try {
        for (let i = 0; i < 2; i++) {
          const res = await api.gql('{ centrality(metric: BETWEENNESS, first: 5) { scores { entity { id } score } } }');
          outcomes.push(`${requestTimeoutMs} ms: ${res.errors?.[0]?.extensions?.code ?? 'ok'}`);
          // A projection whose transaction was cut short is dropped by the same request, at once.
          expect(await projections()).toEqual([]);
        }
      } finally {
        await api.close();
      }
    }
    expect(outcomes.filter((o) => o.endsWith('TIMEOUT'))).not.toEqual([]);
    expect(outcomes.filter((o) => !/: (ok|TIMEOUT)$/.test(o))).toEqual([]);
  });
});
