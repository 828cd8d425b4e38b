import fs from 'node:fs';
import path from 'node:path';
import { scopeOf } from '../../src/auth/scope';
import { viewerOf } from '../../src/auth/roles';
import { CypherRunner } from '../../src/db/runner';
import { exportGraph } from '../../src/export/exporter';
import { importRecords } from '../../src/import/importer';
import type { ParsedRecord } from '../../src/import/records';
import { withOrgApi } from '../helpers/visibility-api';
import { withScratchDir } from '../helpers/scratch';

// Targeted leaks: organisation A's editor records a PRIVATE partnership with B. Anonymous callers and organisation C
// must not learn of it from any read path; A, B (its other end) and admins see it. Beside it: the only shared partner
// of A and E is reached through A's private tie, and the reason that makes A a match for D is the private tie a–b.
//
//   a ══PRIVATE══ b          (linked by A's editor, since 2019: the only path between a and b)
//   a ──PRIVATE── s ── e     (s: the only shared partner of a and e)
//   d ── t ── b              (d's candidates come through its partners t and b: a only over a–b)
//   g ══PARTNERS══ h, m MEMBER_OF g      (a PARTNERS tie: seen by g's members, not by c)
const entity = (id: string, kind = 'Organisation'): ParsedRecord => ({
  origin: { file: 'leaks', record: id },
  entity: { kind, id, name: id.toUpperCase(), ...(kind === 'Organisation' ? { orgType: 'company' } : {}) },
});
const tie = (from: string, to: string, extra: Record<string, unknown> = {}, type = 'PARTNER_OF'): ParsedRecord => ({
  origin: { file: 'leaks', record: `${from}-${to}` },
  relation: { type, from, to, ...extra },
});
const GRAPH: ParsedRecord[] = [
  ...['a', 'b', 'c', 'd', 'e', 's', 't', 'h', 'm'].map((id) => entity(id)),
  entity('g', 'Cluster'),
  tie('a', 's', { visibility: 'PRIVATE' }),
  tie('s', 'e'),
  tie('d', 't'),
  tie('t', 'b'),
  tie('g', 'h', { visibility: 'PARTNERS' }),
  tie('m', 'g', {}, 'MEMBER_OF'),
];

const READS = `{
  paths: cooperationPaths(from: "a", to: "b", maxHops: 4) { length }
  shared: sharedPartners(ids: ["a", "e"]) { partner { id } strength }
  around: neighbourhood(id: "a") { nodes { id } edges { start end kind } }
  entity(id: "a") { relations { totalCount edges { node { id } visibility } } }
  matches: cooperationMatches(for: "d") { candidate { id } score reasons { kind entities { id } } }
  timeline(id: "a") { years { year newPartners { id } } }
  centrality(metric: DEGREE, first: 50) { scores { entity { id } score } }
}`;

describe('tie visibility: a private tie leaks through no read path', () => {
  const suite = withOrgApi({
    editorA: { role: 'editor', org: 'a' },
    viewerA: { role: 'viewer', org: 'a' },
    viewerB: { role: 'viewer', org: 'b' },
    viewerC: { role: 'viewer', org: 'c' },
    viewerM: { role: 'viewer', org: 'm' },
    analystA: { role: 'analyst', org: 'a' },
  });

  beforeAll(async () => {
    await importRecords(suite.db, GRAPH);
    const res = await suite.api.gql(
      'mutation { link(input: {kind: PARTNER_OF, from: "a", to: "b", since: "2019", visibility: PRIVATE}) { kind } }',
      {},
      suite.as('editorA'),
    );
    expect(res.errors).toBeUndefined();
  });

  const read = async (who: Parameters<typeof suite.as>[0]) => {
    const res = await suite.api.gql(READS, {}, suite.as(who));
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  it.each(['anonymous', 'viewerC'] as const)(
    'hidden from %s: no path, no shared partner, no neighbour, no count, no match, no timeline year, no degree',
    async (who) => {
      const d = await read(who);
      expect(d.paths).toEqual([]);
      expect(d.shared).toEqual([]);
      expect(d.around.nodes.map((n: any) => n.id)).toEqual(['a']);
      expect(d.around.edges).toEqual([]);
      expect(d.entity.relations).toEqual({ totalCount: 0, edges: [] });
      expect(d.matches).toEqual([]);
      expect(d.timeline.years).toEqual([]);
      const degree = Object.fromEntries(d.centrality.scores.map((s: any) => [s.entity.id, s.score]));
      expect(degree.a ?? 0).toBe(0);
      expect(degree.b).toBe(1);
      expect(degree.s).toBe(1);
    },
  );

  it.each(['viewerA', 'viewerB', 'admin'] as const)('visible to %s: an end of the tie, or an admin', async (who) => {
    const d = await read(who);
    expect(d.paths).toEqual([{ length: 1 }]);
    const edges = [
      { node: { id: 'b' }, visibility: 'PRIVATE' },
      { node: { id: 's' }, visibility: 'PRIVATE' },
    ];
    // B sees its own tie to a, not a's private tie to s.
    expect(d.entity.relations).toEqual(
      who === 'viewerB' ? { totalCount: 1, edges: edges.slice(0, 1) } : { totalCount: 2, edges },
    );
    expect(d.around.nodes.map((n: any) => n.id)).toContain('b');
    expect(d.timeline.years).toEqual([{ year: 2019, newPartners: [{ id: 'b' }] }]);
    const degree = Object.fromEntries(d.centrality.scores.map((s: any) => [s.entity.id, s.score]));
    expect(degree.a).toBe(who === 'viewerB' ? 1 : 2);
  });

  it('the only shared partner, reached through a private tie, is shown to those who see that tie only', async () => {
    for (const who of ['viewerA', 'admin'] as const)
      expect((await read(who)).shared.map((p: any) => p.partner.id)).toEqual(['s']);
    for (const who of ['viewerB', 'viewerC', 'anonymous'] as const) expect((await read(who)).shared).toEqual([]);
  });

  it('the decisive match reason is private: A is a match for D only for those who see a–b, scored on what they see', async () => {
    for (const who of ['viewerA', 'viewerB', 'admin'] as const) {
      const d = await read(who);
      // s, a's private partner, is a partner of b through a (partners' partners, docs/matching.md) for those who
      // see a–s: a candidate too, after a (the same score; ties by id). B does not see a–s.
      expect(d.matches.map((m: any) => m.candidate.id)).toEqual(who === 'viewerB' ? ['a'] : ['a', 's']);
      // a's common partners with d: b (over a–b) and t (a is t's partner through b, over a–b again).
      expect(d.matches[0].reasons.find((r: any) => r.kind === 'COMMON_PARTNERS').entities).toEqual([
        { id: 'b' },
        { id: 't' },
      ]);
      // Experience counts a's ties: 2 for those who see a–s, 1 for B, who does not; b has 2 ties (t and a), t 2 (d, b).
      const ties = who === 'viewerB' ? 1 : 2;
      expect(d.matches[0].score).toBeCloseTo(2 / Math.log(3) + 0.3 * Math.log(1 + ties), 9);
    }
  });

  it('a PARTNERS tie is seen by the members of its ends, not by other organisations', async () => {
    const q = '{ entity(id: "h") { relations { totalCount } } }';
    expect((await suite.api.gql(q, {}, suite.as('viewerM'))).data.entity.relations.totalCount).toBe(1);
    expect((await suite.api.gql(q, {}, suite.as('viewerC'))).data.entity.relations.totalCount).toBe(0);
  });

  it('three levels read in one statement hide a private or PARTNERS tie at every level from those who may not see it', async () => {
    // e ── s ══PRIVATE══ a ══PRIVATE══ b, and m → g ══PARTNERS══ h: each hidden tie sits one or two levels down.
    const level = (inner = '') => `relations { totalCount edges { visibility node { id ${inner} } } }`;
    const nested = async (id: string, who: Parameters<typeof suite.as>[0]) => {
      const res = await suite.api.gql(`{ entity(id: "${id}") { ${level(level(level()))} } }`, {}, suite.as(who));
      expect(res.errors).toBeUndefined();
      expect(res.roundTrips).toBe(1); // the one-statement read is the one under test
      return res.data.entity;
    };
    type Page = { totalCount: number; edges: { node: { id: string; relations?: Page } }[] };
    /** "id: other ends (count)" for every entity reached, at every level. */
    const seen = (page: Page, from: string, out: string[] = []): string[] => {
      out.push(`${from}: ${page.edges.map((x) => x.node.id).join(',')} (${page.totalCount})`);
      for (const x of page.edges) if (x.node.relations) seen(x.node.relations, x.node.id, out);
      return out;
    };
    const fromE = async (who: Parameters<typeof suite.as>[0]) => seen((await nested('e', who)).relations, 'e');
    expect(await fromE('anonymous')).toEqual(['e: s (1)', 's: e (1)', 'e: s (1)']);
    expect(await fromE('viewerC')).toEqual(['e: s (1)', 's: e (1)', 'e: s (1)']);
    expect(await fromE('viewerA')).toEqual(['e: s (1)', 's: a,e (2)', 'a: b,s (2)', 'e: s (1)']);
    const fromM = async (who: Parameters<typeof suite.as>[0]) => seen((await nested('m', who)).relations, 'm');
    expect(await fromM('viewerC')).toEqual(['m: g (1)', 'g: m (1)', 'm: g (1)']);
    expect(await fromM('viewerM')).toEqual(['m: g (1)', 'g: h,m (2)', 'h: g (1)', 'm: g (1)']);
  });

  it('exports for an organisation omit the ties it may not see; a full export keeps visibility and imports back', async () => {
    await withScratchDir('vis-export-', async (dir) => {
      const relations = async (org?: string) => {
        const file = path.join(dir, `${org ?? 'all'}.jsonl`);
        const scope = org && (await scopeOf(new CypherRunner(suite.db), viewerOf('t', 'internal', ['viewer'], org)));
        await exportGraph(suite.db, 'jsonl', file, scope || undefined);
        return fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l.includes('"record":"relation"'))
          .map((l) => JSON.parse(l) as Record<string, unknown>);
      };
      const pair = (r: Record<string, unknown>) => `${String(r.from)}-${String(r.to)}`;
      expect((await relations('c')).map(pair).sort()).toEqual(['d-t', 'm-g', 's-e', 't-b']);
      expect((await relations('b')).map(pair).sort()).toEqual(['a-b', 'd-t', 'm-g', 's-e', 't-b']);
      const all = await relations();
      expect(all.find((r) => pair(r) === 'a-s')).toMatchObject({ visibility: 'PRIVATE' });
      expect(all.find((r) => pair(r) === 'g-h')).toMatchObject({ visibility: 'PARTNERS' });
      expect(all.find((r) => pair(r) === 's-e')).not.toHaveProperty('visibility');
      // Imported again (validation included), the export gives back the same ties with the same visibility.
      const records: ParsedRecord[] = all.map(({ record: _r, ...relation }, i) => ({
        origin: { file: 'export', record: String(i) },
        relation: relation as never,
      }));
      await importRecords(suite.db, records);
      expect((await relations()).map((r) => JSON.stringify(r))).toEqual(all.map((r) => JSON.stringify(r)));
    });
  });

  it('a hidden-tie visibility is refused on ties that are facts about an entity (LOCATED_IN, FOCUSES_ON …)', async () => {
    await importRecords(
      suite.db,
      [entity('r1', 'Region')].map((r) => ({ ...r, entity: { ...r.entity!, level: 'region' } })),
    );
    const res = await suite.api.gql(
      'mutation { link(input: {kind: LOCATED_IN, from: "a", to: "r1", visibility: PRIVATE}) { kind } }',
      {},
      suite.as('admin'),
    );
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/only cooperation relations .* LOCATED_IN is always PUBLIC/);
  });

  it('raw analyst Cypher, which no filter can reach, is refused to an analyst acting for an organisation', async () => {
    const q = '{ analystQuery(cypher: "MATCH ()-[r]->() RETURN count(r) AS n") { rows } }';
    const refused = await suite.api.gql(q, {}, suite.as('analystA'));
    expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toMatch(/reads every tie, private ones included/);
    const admin = await suite.api.gql(q, {}, suite.as('admin'));
    expect(admin.errors).toBeUndefined();
  });
});
