import crypto from 'node:crypto';
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import modularity from 'graphology-metrics/graph/modularity';
import type { Database } from '../../src/db/driver';
import { seedDemo } from '../../src/import/demo';
import { importRecords } from '../../src/import/importer';
import type { ParsedRecord } from '../../src/import/records';
import { wipe } from '../helpers/db';
import { withEmptyApi } from '../helpers/demo-api';

// Network analytics run in Neo4j Graph Data Science; graphology computes the same measures on the
// same small graphs as the oracle.

const id = (i: number) => `o${i}`;

/** Organisations joined by PARTNER_OF (stored in either direction), plus the same graph in graphology. */
async function load(db: Database, n: number, edges: [number, number][]): Promise<UndirectedGraph> {
  const graph = new UndirectedGraph();
  const records: ParsedRecord[] = [];
  for (let i = 0; i < n; i++)
    records.push({
      origin: { file: 'oracle', record: `e${i}` },
      entity: { kind: 'Organisation', id: id(i), name: `Org ${i}`, orgType: 'company' },
    });
  edges.forEach(([a, b], i) => {
    if (a === b || (graph.hasNode(id(a)) && graph.hasNode(id(b)) && graph.hasEdge(id(a), id(b)))) return;
    graph.mergeNode(id(a));
    graph.mergeNode(id(b));
    graph.addEdge(id(a), id(b));
    records.push({
      origin: { file: 'oracle', record: `r${i}` },
      relation: { type: 'PARTNER_OF', from: id(i % 2 ? a : b), to: id(i % 2 ? b : a) },
    });
  });
  await wipe(db);
  await importRecords(db, records);
  return graph;
}

const CENTRALITY =
  'query($m: CentralityMetric!) { centrality(metric: $m, first: 1000) { approximate graph { nodeCount pairCount } scores { rank score entity { id } } } }';
const COMMUNITIES =
  '{ communities(first: 1000, membersFirst: 1000) { algorithm communityCount graph { nodeCount pairCount } communities { key size label memberCount members { id } } } }';

const graphArb = fc.integer({ min: 6, max: 25 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { minLength: n, maxLength: n * 3 }),
  }),
);

describe('network analytics against graphology', () => {
  const suite = withEmptyApi();

  async function scores(metric: string): Promise<{ graph: any; approximate: boolean; byId: Map<string, number> }> {
    const res = await suite.api.gql(CENTRALITY, { m: metric });
    expect(res.errors).toBeUndefined();
    const c = res.data.centrality;
    c.scores.forEach((s: any, i: number) => expect(s.rank).toBe(i + 1));
    for (let i = 1; i < c.scores.length; i++) expect(c.scores[i - 1].score).toBeGreaterThanOrEqual(c.scores[i].score);
    return {
      graph: c.graph,
      approximate: c.approximate,
      byId: new Map(c.scores.map((s: any) => [s.entity.id, s.score])),
    };
  }

  it('degree, PageRank and betweenness equal graphology’s on random graphs', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(graphArb, async ({ n, edges }) => {
        const graph = await load(suite.db, n, edges);
        fc.pre(graph.size >= 2);
        const degree = await scores('DEGREE');
        expect(degree.graph).toEqual({ nodeCount: graph.order, pairCount: graph.size });
        expect(degree.byId.size).toBe(graph.order);
        graph.forEachNode((node) => expect([node, degree.byId.get(node)]).toEqual([node, graph.degree(node)]));

        // GDS does not normalise PageRank (scores sum to the node count); graphology does.
        const pr = await scores('PAGERANK');
        const expected = pagerank(graph, { alpha: 0.85, tolerance: 1e-10, maxIterations: 1000, getEdgeWeight: null });
        const total = [...pr.byId.values()].reduce((s, v) => s + v, 0);
        graph.forEachNode((node) => expect(Math.abs(pr.byId.get(node)! / total - expected[node])).toBeLessThan(1e-4));

        const bc = await scores('BETWEENNESS');
        expect(bc.approximate).toBe(false);
        const exact = betweenness(graph, { normalized: false });
        graph.forEachNode((node) => expect(Math.abs(bc.byId.get(node)! - exact[node])).toBeLessThan(1e-6));
        checked++;
      }),
      { numRuns: 8, seed: 6 },
    );
    expect(checked).toBe(8);
  });

  it('finds planted communities exactly, and partitions random graphs about as well as Louvain', async () => {
    // Four 6-cliques joined in a ring by one edge each: the only sensible answer is the cliques.
    const edges: [number, number][] = [];
    for (let c = 0; c < 4; c++) {
      for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) edges.push([c * 6 + i, c * 6 + j]);
      edges.push([c * 6, ((c + 1) % 4) * 6 + 1]);
    }
    await load(suite.db, 24, edges);
    const res = await suite.api.gql(COMMUNITIES);
    expect(res.errors).toBeUndefined();
    const found = res.data.communities.communities.map((c: any) =>
      c.members.map((m: any) => Number(m.id.slice(1))).sort((a: number, b: number) => a - b),
    );
    expect(found.sort((a: number[], b: number[]) => a[0] - b[0])).toEqual(
      [0, 1, 2, 3].map((c) => [0, 1, 2, 3, 4, 5].map((i) => c * 6 + i)),
    );
    expect(res.data.communities).toMatchObject({
      algorithm: 'Leiden',
      communityCount: 4,
      graph: { nodeCount: 24, pairCount: 64 },
    });

    const ratios: number[] = [];
    await fc.assert(
      fc.asyncProperty(graphArb, async ({ n, edges: random }) => {
        const graph = await load(suite.db, n, random);
        fc.pre(graph.size >= 2);
        const out = (await suite.api.gql(COMMUNITIES)).data.communities;
        const partition: Record<string, string> = {};
        for (const c of out.communities) for (const m of c.members) partition[m.id] = c.key;
        expect(Object.keys(partition).sort()).toEqual(graph.nodes().sort());
        expect(out.communityCount).toBe(out.communities.length);
        const ours = modularity(graph, { getNodeCommunity: (node: string) => partition[node] });
        const louvainModularity = (seed: number) => {
          const communities = louvain(graph, { rng: mulberry(seed) });
          return modularity(graph, { getNodeCommunity: (node: string) => communities[node] });
        };
        const best = Math.max(...[1, 2, 3, 4, 5].map(louvainModularity));
        ratios.push(best > 0 ? ours / best : 1);
        expect(ours).toBeGreaterThanOrEqual(best - 0.05);
      }),
      { numRuns: 8, seed: 9 },
    );
    expect(ratios).toHaveLength(8);
  });

  describe('on the demo dataset', () => {
    beforeAll(async () => {
      await wipe(suite.db);
      await seedDemo(suite.db);
    });

    it('ranks the hubs of the seed documents first', async () => {
      const degree = await suite.api.gql(
        '{ centrality(metric: DEGREE, kinds: [CLUSTER], first: 3) { scores { entity { id } score } } }',
      );
      expect(degree.data.centrality.scores[0]).toEqual({ entity: { id: 'south-poland-cleantech-cluster' }, score: 6 });
      const between = await suite.api.gql('{ centrality(metric: BETWEENNESS, first: 2) { scores { entity { id } } } }');
      expect(between.data.centrality.scores.map((s: any) => s.entity.id)).toEqual([
        'south-poland-cleantech-cluster',
        'urbanhub-europe',
      ]);
      const region = await suite.api.gql(
        '{ centrality(metric: DEGREE, region: "malopolska", kinds: [CLUSTER]) { graph { nodeCount } scores { entity { id } score } } }',
      );
      expect(region.data.centrality.scores.map((s: any) => s.entity.id)).toEqual([
        'south-poland-cleantech-cluster',
        'klaster-lifescience-krakow',
        'sustainable-infrastructure-cluster',
      ]);
    });

    it('identifies a community by its membership, so a cache never confuses the whole graph’s with a region’s', async () => {
      const query =
        'query($r: ID) { communities(region: $r, first: 1000, membersFirst: 10000) { communities { key size members { id } } } }';
      const whole = (await suite.api.gql(query)).data.communities.communities;
      const regional = (await suite.api.gql(query, { r: 'malopolska' })).data.communities.communities;
      const again = (await suite.api.gql(query)).data.communities.communities;
      const membership = (c: any) =>
        c.members
          .map((m: any) => m.id)
          .sort()
          .join('\n');
      for (const c of [...whole, ...regional]) {
        expect(c.members).toHaveLength(c.size);
        expect(c.key).toBe(crypto.createHash('sha1').update(membership(c)).digest('hex'));
      }
      // Leiden's partition may differ between two runs (the projection's node order is not fixed), so
      // the run's own numbering cannot identify a community; the key does, in any run or scope.
      for (const w of whole) {
        for (const r of [...regional, ...again]) expect(w.key === r.key).toBe(membership(w) === membership(r));
      }
      expect(new Set(whole.map((c: any) => c.key)).size).toBe(whole.length);
    });

    it('labels communities by their sectors and regions (the ECRI life-science group)', async () => {
      const res = await suite.api.gql(
        '{ communities(kinds: [CLUSTER], membersFirst: 50) { communities { label members { id } } } }',
      );
      const ecri = res.data.communities.communities.find((c: any) => c.members.some((m: any) => m.id === 'bioib'));
      expect(ecri.members.map((m: any) => m.id)).toEqual(
        expect.arrayContaining(['biopmed', 'hellenic-biocluster', 'klaster-lifescience-krakow']),
      );
      expect(ecri.label).toMatch(/^Life science/);
    });

    it('finds the ECRI study visit (seated in both, so on neither side) as the broker between Silesia and Małopolska', async () => {
      const res = await suite.api.gql(
        '{ brokers(a: "silesian-voivodeship", b: "malopolska") { entity { id } tiesToA tiesToB inA inB examplesA { id } } }',
      );
      expect(res.data.brokers[0]).toEqual({
        entity: { id: 'ecri-study-visit-2018' },
        tiesToA: 1,
        tiesToB: 4,
        inA: true,
        inB: true,
        examplesA: [{ id: 'medsilesia' }],
      });
    });

    it('names bad arguments', async () => {
      const cases: [string, string, string][] = [
        ['{ centrality(metric: DEGREE, region: "ecri") { approximate } }', 'BAD_USER_INPUT', 'region'],
        ['{ centrality(metric: DEGREE, region: "atlantis") { approximate } }', 'NOT_FOUND', ''],
        ['{ centrality(metric: DEGREE, first: 0) { approximate } }', 'BAD_USER_INPUT', 'first'],
        ['{ brokers(a: "malopolska", b: "bioib") { inA } }', 'BAD_USER_INPUT', 'b'],
        ['{ brokers(a: "malopolska", b: "malopolska") { inA } }', 'BAD_USER_INPUT', 'b'],
      ];
      for (const [query, code, field] of cases) {
        const res = await suite.api.gql(query);
        expect({
          query,
          code: res.errors?.[0]?.extensions?.code,
          field: res.errors?.[0]?.extensions?.field ?? '',
        }).toEqual({ query, code, field });
      }
    });
  });
});

/** A seeded random source for graphology-communities-louvain. */
function mulberry(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
