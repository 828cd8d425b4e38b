import fc from 'fast-check';
import { MultiUndirectedGraph } from 'graphology';
import { importRecords } from '../../src/import/importer';
import type { ParsedRecord } from '../../src/import/records';
import { wipe } from '../helpers/db';
import { withEmptyApi } from '../helpers/demo-api';
import { simplePaths, withinTwoHops } from '../helpers/paths-oracle';

// Random small dated networks: clusters and organisations (actors), projects with optional start and
// end, events with an optional start; PARTNER_OF, PARTICIPATES_IN and ATTENDED ties with optional
// since / until; dates of year, month or day precision. The oracle derives every tie's interval in
// JavaScript from docs/model.md's rule and answers changes, timeline and the asOf queries on the
// filtered graphology graph.
const KINDS = ['Cluster', 'Organisation', 'Project', 'Event'] as const;
type Kind = (typeof KINDS)[number];
const actor = (k: Kind) => k === 'Cluster' || k === 'Organisation';

const dateArb = fc
  .tuple(fc.integer({ min: 2000, max: 2008 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
  .map(([y, m, d]) => (m === 0 ? `${y}` : d === 0 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`));
const maybeDate = fc.option(dateArb, { nil: undefined, freq: 2 });
const pad = (n: number) => String(n).padStart(2, '0');
/** Two optional dates in the order the import accepts (it refuses an end before its start). */
const ordered = <T extends object>(o: T, s: keyof T, e: keyof T): T =>
  o[s] && o[e] && (o[e] as string) < (o[s] as string) ? { ...o, [s]: o[e], [e]: o[s] } : o;

interface RandomGraph {
  nodes: { kind: Kind; start?: string; end?: string }[];
  edges: { a: number; b: number; since?: string; until?: string }[];
}
const graphArb = fc.integer({ min: 5, max: 10 }).chain((n) =>
  fc.record({
    nodes: fc.array(
      fc
        .record({ kind: fc.constantFrom(...KINDS), start: maybeDate, end: maybeDate })
        .map((x) => ordered(x, 'start', 'end')),
      { minLength: n, maxLength: n },
    ),
    edges: fc.uniqueArray(
      fc
        .record({ a: fc.nat(n - 1), b: fc.nat(n - 1), since: maybeDate, until: maybeDate })
        .map((x) => ordered(x, 'since', 'until')),
      { maxLength: Math.round(n * 1.8), selector: ({ a, b }) => (a < b ? `${a}-${b}` : `${b}-${a}`) },
    ),
  }),
);
const dayArb = fc
  .tuple(fc.integer({ min: 1999, max: 2010 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);

const id = (i: number) => `n${i}`;
/** The first day of a partial date's range, and the last. */
const firstDay = (s?: string) => (!s ? null : s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
const lastDay = (s?: string) => {
  if (!s) return null;
  if (s.length === 4) return `${s}-12-31`;
  if (s.length === 7) {
    const [y, m] = s.split('-').map(Number);
    return `${s}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
  }
  return s;
};

interface Tie {
  type: string;
  from: string;
  to: string;
  validFrom: string | null;
  validTo: string | null;
}

/** The records to import, the ties with the intervals the oracle derives, and the entities' kinds. */
function build(g: RandomGraph) {
  const kinds = new Map(g.nodes.map((n, i) => [id(i), n.kind]));
  const records: ParsedRecord[] = g.nodes.map((n, i) => ({
    origin: { file: 'random', record: `entities[${i}]` },
    entity: {
      kind: n.kind,
      id: id(i),
      name: `Node ${i}`,
      ...(n.kind === 'Organisation' ? { orgType: 'company' } : {}),
      ...(n.kind === 'Event' ? { eventType: 'meeting', ...(n.start ? { startDate: n.start } : {}) } : {}),
      ...(n.kind === 'Project'
        ? { ...(n.start ? { startDate: n.start } : {}), ...(n.end ? { endDate: n.end } : {}) }
        : {}),
    },
  }));
  const ties: Tie[] = [];
  g.edges.forEach((e, i) => {
    if (e.a === e.b) return;
    let [a, b] = [e.a, e.b];
    if (!actor(g.nodes[a].kind)) [a, b] = [b, a];
    const [ka, kb] = [g.nodes[a].kind, g.nodes[b].kind];
    if (!actor(ka)) return;
    const type = actor(kb) ? 'PARTNER_OF' : kb === 'Project' ? 'PARTICIPATES_IN' : 'ATTENDED';
    const context = g.nodes[b];
    const ownDates = { ...(e.since ? { since: e.since } : {}), ...(e.until ? { until: e.until } : {}) };
    records.push({
      origin: { file: 'random', record: `relations[${i}]` },
      relation: { type, from: id(a), to: id(b), ...ownDates },
    });
    // docs/model.md: own dates, else a participation its project's, an attendance its event's start.
    const start = e.since ?? (type === 'PARTNER_OF' ? undefined : context.start);
    const end = e.until ?? (type === 'PARTICIPATES_IN' ? context.end : undefined);
    ties.push({ type, from: id(a), to: id(b), validFrom: firstDay(start), validTo: lastDay(end) });
  });
  return { kinds, records, ties };
}

const holds = (t: Tie, from: string, to: string) => (t.validFrom ?? from) <= to && (t.validTo ?? to) >= from;

function graphOf(kinds: Map<string, Kind>, ties: Tie[]) {
  const graph = new MultiUndirectedGraph();
  for (const [n, kind] of kinds) graph.addNode(n, { kind });
  for (const t of ties) graph.addEdge(t.from, t.to, { type: t.type });
  return graph;
}

const year = (d: string | null) => (d === null ? null : Number(d.slice(0, 4)));
const ids = (list: { id: string }[]) => list.map((x) => x.id);

/** The oracle of timeline (docs/api.md, "Time"). */
function timelineOf(e: string, kinds: Map<string, Kind>, ties: Tie[]) {
  const other = (t: Tie) => (t.from === e ? t.to : t.from);
  const mine = ties.filter((t) => t.from === e || t.to === e);
  const routes: { p: string; start: string | null }[] = [];
  for (const t of mine) {
    const c = other(t);
    if (actor(kinds.get(c)!)) routes.push({ p: c, start: t.validFrom });
    if (kinds.get(c) === 'Project' || kinds.get(c) === 'Event')
      for (const u of ties.filter((x) => x !== t && (x.from === c || x.to === c))) {
        const p = u.from === c ? u.to : u.from;
        if (p === e || !actor(kinds.get(p)!)) continue;
        const start =
          t.validFrom === null
            ? u.validFrom
            : u.validFrom === null || t.validFrom >= u.validFrom
              ? t.validFrom
              : u.validFrom;
        if (start === null || ((t.validTo ?? start) >= start && (u.validTo ?? start) >= start))
          routes.push({ p, start });
      }
  }
  const partners = new Map<string, number | null>();
  for (const r of routes) {
    const y = year(r.start);
    const prev = partners.has(r.p) ? partners.get(r.p)! : undefined;
    partners.set(r.p, prev === null || y === null ? null : prev === undefined ? y : Math.min(prev, y));
  }
  const projects = mine
    .filter((t) => t.type === 'PARTICIPATES_IN' && t.from === e)
    .map((t) => ({ p: t.to, from: year(t.validFrom), to: year(t.validTo) }));
  const events = mine.filter((t) => t.type === 'ATTENDED' && t.from === e && t.validFrom !== null);
  const years = [
    ...[...partners.values()],
    ...events.map((t) => year(t.validFrom)),
    ...projects.flatMap((p) => [p.from, p.to]),
  ].filter((y): y is number => y !== null);
  if (!years.length) return [];
  const out = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++)
    out.push({
      year: y,
      newPartners: [...partners]
        .filter(([, py]) => py === y)
        .map(([p]) => p)
        .sort(),
      activeProjects: projects
        .filter((p) => (p.from ?? y) <= y && (p.to ?? y) >= y)
        .map((p) => p.p)
        .sort(),
      events: [...new Set(events.filter((t) => year(t.validFrom) === y).map((t) => t.to))].sort(),
    });
  return out;
}

describe('time queries agree with a graphology oracle on random dated graphs', () => {
  const suite = withEmptyApi();
  const load = async (records: ParsedRecord[]) => {
    await wipe(suite.db);
    await importRecords(suite.db, records);
  };

  it('changes: the ties begun and ended in the window, with their dates and other ends', async () => {
    await fc.assert(
      fc.asyncProperty(graphArb, fc.nat(9), dayArb, dayArb, async (g, x, d1, d2) => {
        const { records, ties } = build(g);
        const e = id(x % g.nodes.length);
        const [from, to] = d1 <= d2 ? [d1, d2] : [d2, d1];
        await load(records);
        const res = await suite.api.gql(
          `{ changes(around: "${e}", from: "${from}", to: "${to}") { gained { date kind entity { id } } lost { date kind entity { id } } } }`,
        );
        expect(res.errors).toBeUndefined();
        const mine = ties.filter((t) => t.from === e || t.to === e);
        const change = (date: (t: Tie) => string | null) =>
          mine
            .filter((t) => date(t) !== null && date(t)! >= from && date(t)! <= to)
            .map((t) => ({ date: date(t), kind: t.type, entity: { id: t.from === e ? t.to : t.from } }))
            .sort((p, q) => (p.date! < q.date! ? -1 : p.date! > q.date! ? 1 : p.entity.id < q.entity.id ? -1 : 1));
        expect(res.data.changes).toEqual({ gained: change((t) => t.validFrom), lost: change((t) => t.validTo) });
      }),
      { numRuns: 30, seed: 20261201 },
    );
  }, 240_000);

  it('timeline: per year, new partners, active projects and events', async () => {
    await fc.assert(
      fc.asyncProperty(graphArb, fc.nat(9), async (g, x) => {
        const { kinds, records, ties } = build(g);
        const e = id(x % g.nodes.length);
        await load(records);
        const res = await suite.api.gql(
          `{ timeline(id: "${e}") { years { year newPartners { id } activeProjects { id } events { id } } } }`,
        );
        expect(res.errors).toBeUndefined();
        const got = res.data.timeline.years.map((y: any) => ({
          year: y.year,
          newPartners: ids(y.newPartners),
          activeProjects: ids(y.activeProjects),
          events: ids(y.events),
        }));
        expect(got).toEqual(timelineOf(e, kinds, ties));
      }),
      { numRuns: 30, seed: 11 },
    );
  }, 240_000);

  it('asOf: paths, shared partners, neighbourhoods and relations equal the timeless answers on the graph of that day', async () => {
    await fc.assert(
      fc.asyncProperty(graphArb, fc.nat(9), fc.nat(9), fc.nat(9), dayArb, async (g, x, y, z, day) => {
        const { kinds, records, ties } = build(g);
        const n = g.nodes.length;
        const [a, b, c] = [id(x % n), id(y % n), id(z % n)];
        fc.pre(a !== b);
        await load(records);
        const graph = graphOf(
          kinds,
          ties.filter((t) => holds(t, day, day)),
        );
        const res = await suite.api.gql(
          `{ cooperationPaths(from: "${a}", to: "${b}", maxHops: 4, limit: 10, asOf: "${day}") { nodes { id } }
             hood: neighbourhood(id: "${a}", depth: 2, asOf: "${day}") { nodes { id } edges { start end } }
             entity(id: "${a}") { id relations(asOf: "${day}") { totalCount edges { kind node { id } } } }
             ${a !== c && b !== c ? `sharedPartners(ids: ["${a}", "${c}"], first: 100, kinds: [CLUSTER, ORGANISATION, PROJECT, EVENT], asOf: "${day}") { partner { id } }` : ''} }`,
        );
        expect(res.errors).toBeUndefined();
        const all = simplePaths(graph, a, b, 4);
        const got = res.data.cooperationPaths.map((p: { nodes: { id: string }[] }) => ids(p.nodes).join('>'));
        expect(got.map((p: string) => p.split('>').length - 1)).toEqual(
          all
            .map((p) => p.length - 1)
            .sort((p, q) => p - q)
            .slice(0, 10),
        );
        for (const p of got) expect(all.map((q) => q.join('>'))).toContain(p);
        const near = new Set([a, ...graph.neighbors(a), ...graph.neighbors(a).flatMap((m) => graph.neighbors(m))]);
        expect(ids(res.data.hood.nodes).sort()).toEqual([...near].sort());
        const edges = ties
          .filter((t) => holds(t, day, day) && near.has(t.from) && near.has(t.to))
          .map((t) => `${t.from}>${t.to}`)
          .sort();
        expect(res.data.hood.edges.map((e: { start: string; end: string }) => `${e.start}>${e.end}`).sort()).toEqual(
          edges,
        );
        const rels = ties.filter((t) => holds(t, day, day) && (t.from === a || t.to === a));
        expect(res.data.entity.relations.totalCount).toBe(rels.length);
        expect(res.data.entity.relations.edges.map((e: any) => `${e.kind}:${e.node.id}`).sort()).toEqual(
          rels.map((t) => `${t.type}:${t.from === a ? t.to : t.from}`).sort(),
        );
        if (res.data.sharedPartners) {
          const [sa, sc] = [withinTwoHops(graph, a), withinTwoHops(graph, c)];
          const expected = [...sa].filter((p) => sc.has(p) && p !== a && p !== c).sort();
          expect(res.data.sharedPartners.map((p: { partner: { id: string } }) => p.partner.id).sort()).toEqual(
            expected,
          );
        }
      }),
      { numRuns: 30, seed: 2019 },
    );
  }, 300_000);
});
