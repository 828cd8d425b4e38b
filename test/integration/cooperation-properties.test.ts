import fc from 'fast-check';
import { MultiUndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { importRecords } from '../../src/import/importer';
import type { ParsedRecord } from '../../src/import/records';
import { wipe } from '../helpers/db';
import { withEmptyApi } from '../helpers/demo-api';
import { simplePaths, withinTwoHops } from '../helpers/paths-oracle';

// Random small cooperation networks: clusters/organisations (actors), projects and events; edges
// are PARTNER_OF between actors, PARTICIPATES_IN actor→project, ATTENDED actor→event, at most one
// per pair. The answers of the API are checked against graphology on the same graph.
interface RandomGraph {
  kinds: string[];
  edges: [number, number][];
}
const KINDS = ['Cluster', 'Organisation', 'Project', 'Event'];
const edgeType = (kinds: string[], a: number, b: number): [string, number, number] | undefined => {
  const [ka, kb] = [kinds[a], kinds[b]];
  const actor = (k: string) => k === 'Cluster' || k === 'Organisation';
  if (actor(ka) && actor(kb)) return ['PARTNER_OF', a, b];
  if (actor(ka) && kb === 'Project') return ['PARTICIPATES_IN', a, b];
  if (actor(kb) && ka === 'Project') return ['PARTICIPATES_IN', b, a];
  if (actor(ka) && kb === 'Event') return ['ATTENDED', a, b];
  if (actor(kb) && ka === 'Event') return ['ATTENDED', b, a];
  return undefined;
};
const graphArb = fc.integer({ min: 5, max: 12 }).chain((n) =>
  fc.record({
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: n, maxLength: n }),
    edges: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
      maxLength: Math.round(n * 1.6),
      selector: ([a, b]) => (a < b ? `${a}-${b}` : `${b}-${a}`),
    }),
  }),
);

const id = (i: number) => `n${i}`;

function build(g: RandomGraph) {
  const graph = new MultiUndirectedGraph();
  const records: ParsedRecord[] = g.kinds.map((kind, i) => ({
    origin: { file: 'random', record: `entities[${i}]` },
    entity: {
      kind,
      id: id(i),
      name: `Node ${i}`,
      ...(kind === 'Organisation' ? { orgType: 'company' } : kind === 'Event' ? { eventType: 'meeting' } : {}),
    },
  }));
  g.kinds.forEach((_k, i) => graph.addNode(id(i), { kind: g.kinds[i] }));
  g.edges.forEach(([a, b], i) => {
    const t = a !== b ? edgeType(g.kinds, a, b) : undefined;
    if (!t) return;
    records.push({
      origin: { file: 'random', record: `relations[${i}]` },
      relation: { type: t[0], from: id(t[1]), to: id(t[2]) },
    });
    graph.addEdge(id(t[1]), id(t[2]), { type: t[0] });
  });
  return { graph, records };
}

describe('cooperation queries agree with graphology on random graphs', () => {
  const suite = withEmptyApi();

  it('cooperationPaths: shortest length, k shortest lengths, every path simple and real', async () => {
    await fc.assert(
      fc.asyncProperty(
        graphArb,
        fc.nat(11),
        fc.nat(11),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        async (g, x, y, maxHops, limit) => {
          const a = id(x % g.kinds.length);
          const b = id(y % g.kinds.length);
          const { graph, records } = build(g);
          await wipe(suite.db);
          await importRecords(suite.db, records);
          const res = await suite.api.gql(
            `{ cooperationPaths(from: "${a}", to: "${b}", maxHops: ${maxHops}, limit: ${limit}) { length nodes { id } steps { kind } } }`,
          );
          expect(res.errors).toBeUndefined();
          const paths: { length: number; nodes: { id: string }[] }[] = res.data.cooperationPaths;
          if (a === b) return void expect(paths).toEqual([{ length: 0, nodes: [{ id: a }], steps: [] }]);
          const all = simplePaths(graph, a, b, maxHops);
          const expectedLengths = all
            .map((p) => p.length - 1)
            .sort((p, q) => p - q)
            .slice(0, limit);
          expect(paths.map((p) => p.length)).toEqual(expectedLengths);
          const shortest = bidirectional(graph, a, b);
          if (paths.length) expect(paths[0].length).toBe(shortest!.length - 1);
          const allKeys = new Set(all.map((p) => p.join('>')));
          const seen = new Set<string>();
          for (const p of paths) {
            const key = p.nodes.map((n) => n.id).join('>');
            expect(allKeys.has(key)).toBe(true);
            expect(seen.has(key)).toBe(false);
            seen.add(key);
          }
          if (all.length <= limit) expect([...seen].sort()).toEqual([...allKeys].sort());
        },
      ),
      { numRuns: 30, seed: 20261122 },
    );
  }, 240_000);

  it('sharedPartners: exactly the entities within two cooperation hops of every given actor', async () => {
    await fc.assert(
      fc.asyncProperty(graphArb, fc.uniqueArray(fc.nat(11), { minLength: 2, maxLength: 3 }), async (g, picks) => {
        const ids = [...new Set(picks.map((p) => id(p % g.kinds.length)))];
        fc.pre(ids.length >= 2);
        const { graph, records } = build(g);
        await wipe(suite.db);
        await importRecords(suite.db, records);
        const res = await suite.api.gql(
          `{ sharedPartners(ids: ${JSON.stringify(ids)}, first: 100, kinds: [CLUSTER, ORGANISATION, PROJECT, EVENT]) { partner { id } strength ties { actor { id } strength evidenceCount evidence { via { id } weight } } } }`,
        );
        expect(res.errors).toBeUndefined();
        const sets = ids.map((n) => withinTwoHops(graph, n));
        const expected = [...sets[0]].filter((n) => sets.every((s) => s.has(n)) && !ids.includes(n)).sort();
        const got = res.data.sharedPartners.map((p: any) => p.partner.id).sort();
        expect(got).toEqual(expected);
        // Tie strength, Adamic–Adar style: 1 for a direct tie plus 1/ln(1 + ties of c) per common context c.
        const tie = (a: string, p: string) => {
          const contexts = graph.neighbors(a).filter((c) => c !== p && graph.areNeighbors(c, p));
          const direct = graph.areNeighbors(a, p) ? 1 : 0;
          return {
            count: direct + contexts.length,
            strength: direct + contexts.reduce((sum, c) => sum + 1 / Math.log(1 + graph.degree(c)), 0),
          };
        };
        for (const p of res.data.sharedPartners) {
          expect(p.ties.map((t: any) => t.actor.id)).toEqual(ids);
          let total = 0;
          for (const t of p.ties) {
            const expected = tie(t.actor.id, p.partner.id);
            expect(t.evidenceCount).toBe(expected.count);
            expect(t.strength).toBeCloseTo(expected.strength, 9);
            total += expected.strength;
            for (const e of t.evidence)
              if (e.via)
                expect(graph.areNeighbors(t.actor.id, e.via.id) && graph.areNeighbors(e.via.id, p.partner.id)).toBe(
                  true,
                );
            const weights = t.evidence.map((e: any) => e.weight);
            expect(weights).toEqual([...weights].sort((x: number, y: number) => y - x));
          }
          expect(p.strength).toBeCloseTo(total, 9);
        }
        const strengths = res.data.sharedPartners.map((p: any) => p.strength);
        expect(strengths).toEqual([...strengths].sort((p: number, q: number) => q - p));
      }),
      { numRuns: 30, seed: 7 },
    );
  }, 240_000);
});
