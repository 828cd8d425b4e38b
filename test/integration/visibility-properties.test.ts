import fc from 'fast-check';
import { importRecords } from '../../src/import/importer';
import type { ParsedRecord } from '../../src/import/records';
import { simplePaths, withinTwoHops } from '../helpers/paths-oracle';
import { withOrgApi } from '../helpers/visibility-api';
import {
  oracleMatches,
  oracleScope,
  visibleGraph,
  within,
  type Tie,
  type VisibleGraph,
} from '../helpers/visibility-oracle';

// No leak, proven: random cooperation networks whose ties are PUBLIC, PARTNERS or PRIVATE at random, asked by four
// viewers — anonymous, an organisation (n0), an organisation that is a member of a cluster (n1 MEMBER_OF n2), an
// admin — and every answer must equal the one graphology computes on the subgraph that viewer may see (the oracle
// filters with maySeeTie). Each graph is loaded once; each viewer asks every query of it in one request.

const KINDS = ['Cluster', 'Organisation', 'Project', 'Event'];
const VISIBILITIES = [undefined, undefined, 'PARTNERS', 'PRIVATE'] as const;
const id = (i: number) => `n${i}`;

interface RandomGraph {
  kinds: string[];
  pairs: { a: number; b: number; member: boolean; visibility?: string; since?: number; span?: number }[];
  picks: number[];
}

const graphArb = fc.integer({ min: 6, max: 11 }).chain((n) =>
  fc.record({
    // n0 and n1 act for themselves: organisations; n2 is the cluster n1 is a member of.
    kinds: fc
      .array(fc.constantFrom(...KINDS), { minLength: n - 3, maxLength: n - 3 })
      .map((rest) => ['Organisation', 'Organisation', 'Cluster', ...rest]),
    pairs: fc.uniqueArray(
      fc.record({
        a: fc.nat(n - 1),
        b: fc.nat(n - 1),
        member: fc.boolean(),
        visibility: fc.constantFrom(...VISIBILITIES),
        since: fc.option(fc.integer({ min: 2010, max: 2020 }), { nil: undefined }),
        span: fc.option(fc.nat(5), { nil: undefined }),
      }),
      { maxLength: Math.round(n * 1.8), selector: ({ a, b }) => (a < b ? `${a}-${b}` : `${b}-${a}`) },
    ),
    picks: fc.array(fc.nat(n - 1), { minLength: 4, maxLength: 4 }),
  }),
);

const actor = (k: string) => k === 'Cluster' || k === 'Organisation';

/** The tie a random pair stands for (at most one per pair), or none when the kinds take none. */
function tieOf(kinds: string[], p: RandomGraph['pairs'][number]): Tie | undefined {
  const [a, b] = [p.a, p.b];
  if (a === b || (a === 1 && b === 2) || (a === 2 && b === 1)) return undefined;
  const [ka, kb] = [kinds[a], kinds[b]];
  let t: [string, number, number] | undefined;
  if (actor(ka) && actor(kb)) t = [p.member ? 'MEMBER_OF' : 'PARTNER_OF', a, b];
  else if (actor(ka) && kb === 'Project') t = ['PARTICIPATES_IN', a, b];
  else if (actor(kb) && ka === 'Project') t = ['PARTICIPATES_IN', b, a];
  else if (actor(ka) && kb === 'Event') t = ['ATTENDED', a, b];
  else if (actor(kb) && ka === 'Event') t = ['ATTENDED', b, a];
  if (!t) return undefined;
  const tie: Tie = { type: t[0], from: id(t[1]), to: id(t[2]) };
  if (p.visibility) tie.visibility = p.visibility;
  if (p.since !== undefined) {
    tie.since = String(p.since);
    if (p.span !== undefined) tie.until = String(p.since + p.span);
  }
  return tie;
}

function build(g: RandomGraph) {
  const nodes = g.kinds.map((kind, i) => ({ id: id(i), kind }));
  const ties = [{ type: 'MEMBER_OF', from: 'n1', to: 'n2' } as Tie, ...g.pairs.flatMap((p) => tieOf(g.kinds, p) ?? [])];
  const records: ParsedRecord[] = [
    ...nodes.map((n, i) => ({
      origin: { file: 'random', record: `entities[${i}]` },
      entity: {
        kind: n.kind,
        id: n.id,
        name: `Node ${i}`,
        labels: ['good-practice'],
        ...(n.kind === 'Organisation' ? { orgType: 'company' } : n.kind === 'Event' ? { eventType: 'meeting' } : {}),
      },
    })),
    ...ties.map((t, i) => ({ origin: { file: 'random', record: `relations[${i}]` }, relation: { ...t } })),
  ];
  return { nodes, ties, records };
}

const VIEWERS = ['anonymous', 'n0', 'n1', 'admin'] as const;

/** Every query of one graph, for one viewer, in one request (aliases). */
function document(a: string, b: string, x: string, y: string): string {
  return `{
    paths: cooperationPaths(from: "${a}", to: "${b}", maxHops: 4, limit: 3) { length nodes { id } }
    shared: sharedPartners(ids: ["${a}", "${b}"], first: 100, kinds: [CLUSTER, ORGANISATION, PROJECT, EVENT]) {
      partner { id } strength ties { actor { id } strength evidenceCount evidence { via { id } } } }
    around: neighbourhood(id: "${x}", depth: 2, limit: 2000) { nodes { id } edges { kind start end } truncated }
    entity(id: "${x}") { relations(first: 1000) { totalCount edges { kind direction visibility node { id } } } }
    matches: cooperationMatches(for: "${y}", first: 100) { candidate { id } score reasons { kind entities { id } } }
    changes(around: "${x}", from: "2000-01-01", to: "2030-12-31") {
      gained { entity { id } kind } lost { entity { id } kind } }
    byDegree: entities(orderBy: DEGREE, direction: DESC, first: 100, filter: { labels: ["good-practice"] }) {
      edges { node { id } } }
  }`;
}

const sorted = <T>(xs: T[]) => [...xs].sort();
let cases = 0;
let differences = 0;

/** Compares one viewer's answers with the oracle's on its visible graph; counts a difference per failed check. */
function check(res: any, graph: VisibleGraph, a: string, b: string, x: string, y: string): void {
  const expect_ = (got: unknown, want: unknown) => {
    try {
      expect(got).toEqual(want);
    } catch (e) {
      differences++;
      throw e;
    }
  };
  expect(res.errors).toBeUndefined();
  const d = res.data;
  // Paths: the k shortest simple paths of the visible graph (lengths; the paths themselves when all fit).
  const all = simplePaths(graph, a, b, 4);
  const paths: { length: number; nodes: { id: string }[] }[] = d.paths;
  {
    expect_(
      paths.map((p) => p.length),
      all
        .map((p) => p.length - 1)
        .sort((p, q) => p - q)
        .slice(0, 3),
    );
    if (all.length <= 3)
      expect_(sorted(paths.map((p) => p.nodes.map((n) => n.id).join('>'))), sorted(all.map((p) => p.join('>'))));
  }
  // Shared partners: who is within two visible hops of both, and each tie's evidence count.
  {
    const [sa, sb] = [withinTwoHops(graph, a), withinTwoHops(graph, b)];
    const want = [...sa].filter((n) => sb.has(n) && n !== a && n !== b).sort();
    expect_(sorted(d.shared.map((p: any) => p.partner.id)), want);
    for (const p of d.shared)
      for (const t of p.ties) {
        const pid: string = p.partner.id;
        const contexts = graph.neighbors(t.actor.id).filter((c) => c !== pid && graph.areNeighbors(c, pid));
        expect_(t.evidenceCount, (graph.areNeighbors(t.actor.id, pid) ? 1 : 0) + new Set(contexts).size);
      }
  }
  // Neighbourhood: the entities within two visible hops and the visible ties among them.
  const near = within(graph, x, 2);
  expect_(sorted(d.around.nodes.map((n: any) => n.id)), sorted([...near]));
  const visibleAmong = graph.mapEdges((_e, t) => t).filter((t) => near.has(t.from) && near.has(t.to));
  expect_(
    sorted(d.around.edges.map((e: any) => `${e.start}>${e.end}:${e.kind}`)),
    sorted(visibleAmong.map((t) => `${t.from}>${t.to}:${t.type}`)),
  );
  // Relations of x and their count, each with its visibility.
  const mine = graph.edges(x).map((e) => graph.getEdgeAttributes(e));
  expect_(d.entity.relations.totalCount, mine.length);
  expect_(
    sorted(d.entity.relations.edges.map((e: any) => `${e.node.id}:${e.kind}:${e.visibility}`)),
    sorted(mine.map((t) => `${t.from === x ? t.to : t.from}:${t.type}:${t.visibility ?? 'PUBLIC'}`)),
  );
  // Matches: the same candidates, scores and common partners.
  const want = oracleMatches(graph, y);
  expect_(sorted(d.matches.map((m: any) => m.candidate.id)), sorted([...want.keys()]));
  for (const m of d.matches) {
    const w = want.get(m.candidate.id)!;
    if (Math.abs(m.score - w.score) > 1e-9) expect_(m.score, w.score);
    const common = m.reasons.find((r: any) => r.kind === 'COMMON_PARTNERS');
    expect_(sorted((common?.entities ?? []).map((e: any) => e.id)), w.common);
  }
  // Changes: the visible ties of x that began (since) or ended (until) in the period.
  const key = (t: Tie) => `${t.from === x ? t.to : t.from}:${t.type}`;
  expect_(
    sorted(d.changes.gained.map((c: any) => `${c.entity.id}:${c.kind}`)),
    sorted(mine.filter((t) => t.since).map(key)),
  );
  expect_(
    sorted(d.changes.lost.map((c: any) => `${c.entity.id}:${c.kind}`)),
    sorted(mine.filter((t) => t.until).map(key)),
  );
  // The list ordered by degree counts visible ties only.
  const order = graph
    .nodes()
    .map((n) => [n, graph.degree(n)] as const)
    .sort(([p, dp], [q, dq]) => dq - dp || (p < q ? 1 : -1))
    .map(([n]) => n);
  expect_(
    d.byDegree.edges.map((e: any) => e.node.id),
    order,
  );
}

/**
 * A fixed network beside the random ones (ids bg-…, never tied to them, unlabelled): with a few hundred ties of each
 * type in the database, loading another small random graph changes Neo4j's statistics by a few per cent, and the
 * plans stay cached. On an otherwise empty database every graph replanned every statement (the candidates statement
 * alone plans in ~11 s on the shared machine): 2–76 s per graph instead of well under one.
 */
function background(): ParsedRecord[] {
  const kinds = ['Organisation', 'Cluster', 'Project', 'Event'];
  const records: ParsedRecord[] = [];
  const bg = (i: number) => `bg-${i}`;
  const kindOf = (i: number) => kinds[i % 4];
  for (let i = 0; i < 400; i++) {
    const kind = kindOf(i);
    const extra = kind === 'Organisation' ? { orgType: 'company' } : kind === 'Event' ? { eventType: 'meeting' } : {};
    records.push({
      origin: { file: 'bg', record: `e${i}` },
      entity: { kind, id: bg(i), name: `Background ${i}`, ...extra },
    });
  }
  const seen = new Set<string>();
  for (let k = 0; k < 1600; k++) {
    const a = (k * 7919) % 400;
    const b = (k * 104729 + 13) % 400;
    const t = tieOf(
      records.slice(0, 400).map((r) => r.entity!.kind),
      { a, b, member: k % 3 === 0, visibility: VISIBILITIES[k % 4], since: k % 2 ? 2015 : undefined },
    );
    const key = [a, b].sort().join('-');
    if (!t || seen.has(key)) continue;
    seen.add(key);
    const rename = (id: string) => bg(Number(id.slice(1)));
    records.push({
      origin: { file: 'bg', record: `r${k}` },
      relation: { ...t, from: rename(t.from), to: rename(t.to) },
    });
  }
  return records;
}

describe('no leak, proven: every answer equals the answer on the subgraph the viewer may see', () => {
  const suite = withOrgApi({ n0: { role: 'viewer', org: 'n0' }, n1: { role: 'viewer', org: 'n1' } });

  beforeAll(() => importRecords(suite.db, background()));

  afterAll(() => {
    // The figures the issue asks for (cases run, differences found): printed, and asserted below.
    console.log(`visibility properties: ${cases} cases (graph × viewer), ${differences} differences`);
  });

  it('paths, shared partners, neighbourhood, relations and counts, matches, changes and the degree order leak no hidden tie', async () => {
    await fc.assert(
      fc.asyncProperty(graphArb, async (g) => {
        const { nodes, ties, records } = build(g);
        await suite.db.driver.executeQuery(
          "MATCH (e:Entity) WHERE e.id STARTS WITH 'n' DETACH DELETE e",
          {},
          { database: suite.db.database },
        );
        await importRecords(suite.db, records);
        const n = g.kinds.length;
        const [a, x] = [id(g.picks[0] % n), id(g.picks[2] % n)];
        // Shared partners need two different actors.
        const b = id((g.picks[1] % n === g.picks[0] % n ? g.picks[1] + 1 : g.picks[1]) % n);
        // Matches are asked for an actor.
        const actors = nodes.filter((n) => actor(n.kind));
        const y = actors[g.picks[3] % actors.length].id;
        for (const viewer of VIEWERS) {
          const scope = oracleScope(viewer === 'anonymous' || viewer === 'admin' ? viewer : { org: viewer }, ties);
          const graph = visibleGraph(nodes, ties, scope);
          const res = await suite.api.gql(document(a, b, x, y), {}, suite.as(viewer));
          check(res, graph, a, b, x, y);
          cases++;
        }
      }),
      { numRuns: 55, seed: 2212 },
    );
    expect(cases).toBeGreaterThanOrEqual(200);
    expect(differences).toBe(0);
  }, 600_000);
});
