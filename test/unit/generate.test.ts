import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { FileSink, generateNetwork, MemorySink, SIZES, type GenerateSummary } from '../../tools/generate';
import { apportion, Rng, WeightTree } from '../../tools/generate/random';
import { aliveIn, planNetwork } from '../../tools/generate/actors';
import { clusterId, orgId } from '../../tools/generate/model';
import { existsFrom, firstDay, holdsOn, lastDay, tieInterval, type DatedEntity } from '../../tools/eval/intervals';
import { validateBatch } from '../../src/import/validate';
import type { ParsedRecord } from '../../src/import/records';
import {
  COOPERATION_RELATIONS,
  ID_PATTERN,
  KIND_SPECS,
  RELATION_SPECS,
  type EntityKind,
  type RelationType,
} from '../../src/model/vocabulary';
import { withScratchDir } from '../helpers/scratch';

type Rec = Record<string, unknown> & {
  record: string;
  id: string;
  name: string;
  kind: EntityKind;
  type: RelationType;
  from: string;
  to: string;
  role?: string;
  since?: string;
  until?: string;
};

jest.setTimeout(120_000);

const SEED = 42;
let lines: string[];
let records: Rec[];
let entities: Map<string, Rec>;
let relations: Rec[];
let summary: GenerateSummary;

beforeAll(async () => {
  const sink = new MemorySink();
  summary = await generateNetwork('S', SEED, sink);
  lines = sink.lines;
  records = lines.map((l) => JSON.parse(l) as Rec);
  entities = new Map(records.filter((r) => r.record === 'entity').map((r) => [r.id, r]));
  relations = records.filter((r) => r.record === 'relation');
});

/** Country id of an entity: a Region's own ancestry, or where the actor is LOCATED_IN. */
function countryResolver(): (id: string) => string | undefined {
  const parent = new Map<string, string>();
  const seat = new Map<string, string>();
  for (const r of relations) {
    if (r.type === 'PART_OF') parent.set(r.from, r.to);
    if (r.type === 'LOCATED_IN') seat.set(r.from, r.to);
  }
  return (id) => {
    let x: string | undefined = entities.get(id)?.kind === 'Region' ? id : seat.get(id);
    while (x && entities.get(x)?.level !== 'country') x = parent.get(x);
    return x;
  };
}

describe('generateNetwork (size S)', () => {
  it('is deterministic: same seed, same bytes; another seed, another network', async () => {
    const again = new MemorySink();
    await generateNetwork('S', SEED, again);
    expect(again.lines.length).toBe(lines.length);
    expect(again.lines.join('\n') === lines.join('\n')).toBe(true);
    const other = new MemorySink();
    await generateNetwork('S', SEED + 1, other);
    expect(other.lines.join('\n') === lines.join('\n')).toBe(false);
  });

  it('writes JSON Lines records, all entities before all relations', () => {
    const firstRelation = records.findIndex((r) => r.record === 'relation');
    expect(firstRelation).toBeGreaterThan(0);
    expect(records.slice(firstRelation).every((r) => r.record === 'relation')).toBe(true);
    expect(records.slice(0, firstRelation).every((r) => r.record === 'entity')).toBe(true);
  });

  it('uses unique slug ids and the required fields of each kind', () => {
    const ids = records.filter((r) => r.record === 'entity').map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const problems: string[] = [];
    for (const e of entities.values()) {
      if (!ID_PATTERN.test(e.id) || e.id.length > 80) problems.push(`bad id ${e.id}`);
      if (typeof e.name !== 'string' || e.name.trim() === '') problems.push(`${e.id} has no name`);
      for (const field of KIND_SPECS[e.kind].required)
        if (e[field] === undefined) problems.push(`${e.id} lacks ${field}`);
    }
    expect(problems).toEqual([]);
  });

  it('joins only kinds the vocabulary allows, with allowed roles, between existing entities', () => {
    for (const r of relations) {
      const spec = RELATION_SPECS[r.type];
      if (!spec) throw new Error(`unknown type ${r.type}`);
      const from = entities.get(r.from);
      const to = entities.get(r.to);
      if (!from || !to) throw new Error(`dangling ${r.type} ${r.from} → ${r.to}`);
      if (!spec.from.includes(from.kind) || !spec.to.includes(to.kind))
        throw new Error(`${r.type} cannot join ${from.kind} → ${to.kind}`);
      if (r.role !== undefined && !spec.roles.includes(r.role)) throw new Error(`${r.type} has no role ${r.role}`);
    }
  });

  it('passes the importer’s own validation', async () => {
    const parsed: ParsedRecord[] = records.map((r, i) => {
      const origin = { file: 'S.jsonl', record: `line ${i + 1}` };
      return r.record === 'entity' ? { origin, entity: r } : { origin, relation: r };
    });
    const issues = await validateBatch(parsed, async () => new Map());
    expect(issues.slice(0, 5)).toEqual([]);
  });

  it('has no duplicate (from, type, to), no self-loops, symmetric PARTNER_OF stored once', () => {
    const triples = new Set<string>();
    const partners = new Set<string>();
    for (const r of relations) {
      if (r.from === r.to) throw new Error(`self-loop ${r.type} ${r.from}`);
      const key = `${r.from}|${r.type}|${r.to}`;
      if (triples.has(key)) throw new Error(`duplicate ${key}`);
      triples.add(key);
      if (r.type === 'PARTNER_OF') {
        const pair = [r.from, r.to].sort().join('|');
        if (partners.has(pair)) throw new Error(`PARTNER_OF ${pair} stored twice`);
        partners.add(pair);
      }
    }
  });

  it('keeps since, startDate and endDate within 2005–2026', () => {
    for (const r of records) {
      for (const field of ['since', 'startDate', 'endDate']) {
        const v = r[field];
        if (v === undefined || (r.kind === 'Programme' && field !== 'since')) continue;
        const text = typeof v === 'string' ? v : JSON.stringify(v);
        const year = Number(text.slice(0, 4));
        if (year < 2005 || year > 2026) throw new Error(`${r.id ?? r.type} ${field} ${text}`);
      }
    }
  });

  it('gives every project exactly one lead', () => {
    const leads = new Map<string, number>();
    for (const r of relations)
      if (r.type === 'PARTICIPATES_IN' && r.role === 'lead') leads.set(r.to, (leads.get(r.to) ?? 0) + 1);
    const projects = [...entities.values()].filter((e) => e.kind === 'Project');
    expect(projects.filter((p) => leads.get(p.id) !== 1).map((p) => p.id)).toEqual([]);
  });

  it('has a heavy tail: the busiest organisation is in ≥ 20× the median number of projects, most in 1–3', () => {
    const degree = new Map<string, number>();
    for (const r of relations)
      if (r.type === 'PARTICIPATES_IN' && entities.get(r.from)?.kind === 'Organisation')
        degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    const d = [...degree.values()].sort((a, b) => a - b);
    const median = d[Math.floor(d.length / 2)];
    expect(d[d.length - 1]).toBeGreaterThanOrEqual(20 * median);
    expect(d.filter((x) => x <= 3).length / d.length).toBeGreaterThan(0.5);
    expect(summary.participation.max).toBe(d[d.length - 1]);
  });

  it('clusters regionally: ≥ 60 % of project partners are in the lead’s country, alliances are international', () => {
    const countryOf = countryResolver();
    const lead = new Map<string, string>();
    for (const r of relations)
      if (r.type === 'PARTICIPATES_IN' && r.role === 'lead') lead.set(r.to, countryOf(r.from)!);
    let same = 0;
    let all = 0;
    for (const r of relations) {
      if (r.type !== 'PARTICIPATES_IN' || r.role === 'lead') continue;
      all++;
      if (countryOf(r.from) === lead.get(r.to)) same++;
    }
    expect(same / all).toBeGreaterThanOrEqual(0.6);
    const alliance = relations.filter((r) => r.type === 'MEMBER_OF' && r.to.startsWith('alliance-'));
    const domestic = alliance.filter((r) => countryOf(r.from) === countryOf(r.to)).length;
    expect(domestic / alliance.length).toBeLessThan(0.5);
  });

  it('hits the S targets within ±30 % with participations and memberships dominating, geography ≈ 10 %', () => {
    const { nodes, relations: rels } = SIZES.S;
    expect(summary.nodes).toBe(entities.size);
    expect(summary.relations).toBe(relations.length);
    expect(Math.abs(summary.nodes - nodes) / nodes).toBeLessThanOrEqual(0.3);
    expect(Math.abs(summary.relations - rels) / rels).toBeLessThanOrEqual(0.3);
    const t = summary.types;
    const geography = (t.LOCATED_IN + t.PART_OF + t.BORDERS) / summary.relations;
    expect(geography).toBeGreaterThan(0.07);
    expect(geography).toBeLessThan(0.15);
    expect(t.PARTICIPATES_IN + t.MEMBER_OF).toBeGreaterThan(0.4 * summary.relations);
    expect(summary.bytes).toBe(Buffer.byteLength(`${lines.join('\n')}\n`));
  });

  it('streams the same bytes to a file as to memory', async () => {
    await withScratchDir('generate-', async (dir) => {
      const file = path.join(dir, 'nested', 'S.jsonl');
      const sink = new FileSink(file);
      await generateNetwork('S', SEED, sink);
      const size = await sink.close();
      expect(size).toBe(summary.bytes);
      expect(fs.readFileSync(file, 'utf8') === `${lines.join('\n')}\n`).toBe(true);
      expect(fs.existsSync(`${file}.partial`)).toBe(false);
    });
  });
});

describe('a network that grows (size S)', () => {
  const plan = () => planNetwork('S', SEED);
  /** The year after which an actor no longer exists (closures are planned, not written: no vocabulary field). */
  function closures(): Map<string, number> {
    const p = plan();
    const out = new Map<string, number>();
    p.orgs.dissolved.forEach((d, i) => d && out.set(orgId(i), d));
    p.clusters.dissolved.forEach((d, i) => d && out.set(clusterId(i), d));
    return out;
  }
  const interval = (r: Rec) => tieInterval(r, (id) => entities.get(id));

  it('has, every year from 2006 to 2025, more organisations and clusters in existence and more cooperation ties holding', () => {
    const p = plan();
    const ties = relations.filter((r) => COOPERATION_RELATIONS.includes(r.type)).map(interval);
    const perYear: { year: number; actors: number; ties: number }[] = [];
    for (let year = 2005; year <= 2025; year++) {
      let actors = 0;
      for (let i = 0; i < p.orgs.n; i++) if (aliveIn(p.orgs, i, year)) actors++;
      for (let i = 0; i < p.clusters.n; i++) if (aliveIn(p.clusters, i, year)) actors++;
      perYear.push({ year, actors, ties: ties.filter((t) => holdsOn(t, `${year}-01-01`)).length });
    }
    const shrinking = perYear.filter(
      (y, k) => k > 0 && (y.actors <= perYear[k - 1].actors || y.ties <= perYear[k - 1].ties),
    );
    expect(shrinking).toEqual([]);
    expect(perYear[20].ties).toBeGreaterThan(10 * perYear[0].ties);
  });

  it('churns: ties end and actors close', () => {
    const cooperation = relations.filter((r) => COOPERATION_RELATIONS.includes(r.type));
    const ended = (type: RelationType) =>
      cooperation.filter((r) => r.type === type && interval(r)[1] < '2026-01-01').length /
      cooperation.filter((r) => r.type === type).length;
    expect(ended('PARTNER_OF')).toBeGreaterThan(0.15);
    expect(ended('MEMBER_OF')).toBeGreaterThan(0.15);
    expect(ended('PARTICIPATES_IN')).toBeGreaterThan(0.5);
    const closed = closures();
    const actors = [...entities.values()].filter((e) => e.kind === 'Organisation' || e.kind === 'Cluster').length;
    expect(closed.size).toBeGreaterThan(0.03 * actors);
    // A closed organisation takes part in nothing that starts after it closed.
    const late = cooperation.filter((r: Rec) =>
      [r.from, r.to].some((id) => closed.has(id) && interval(r)[0] > `${closed.get(id)}-12-31`),
    );
    expect(late.map((r) => `${r.type} ${r.from} → ${r.to} ${r.since}`)).toEqual([]);
  });

  it('dates every tie within both ends’ lifespans: not before either exists, not after either closes, never ending before it begins', () => {
    const closed = closures();
    const problems: string[] = [];
    for (const r of relations) {
      if (!r.since && !r.until) continue;
      const [from, to] = interval(r);
      if (to < from) problems.push(`${r.type} ${r.from} → ${r.to}: ${from} after ${to}`);
      for (const id of [r.from, r.to]) {
        const e = entities.get(id) as DatedEntity;
        if (r.since && firstDay(r.since) < existsFrom(e))
          problems.push(`${r.type} ${r.from} → ${r.to} before ${id} exists`);
        const end = e.kind === 'Project' ? e.endDate : closed.has(id) ? String(closed.get(id)! - 1) : undefined;
        if (end && r.until && lastDay(r.until) > lastDay(end))
          problems.push(`${r.type} ${r.from} → ${r.to} after ${id} ends`);
        if (end && !r.until && r.type !== 'FOUNDED' && to > lastDay(end))
          problems.push(`${r.type} ${r.from} → ${r.to} outlives ${id}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('starts projects in waves: more in the first two years of a funding period than in its last, most just after call rounds', () => {
    const starts = [...entities.values()].filter((e) => e.kind === 'Project').map((e) => String(e.startDate));
    const inYear = (y: number) => starts.filter((d) => d.startsWith(String(y))).length;
    expect(inYear(2015) + inYear(2016)).toBeGreaterThan(2.4 * inYear(2013));
    expect(inYear(2022)).toBeGreaterThan(1.2 * inYear(2020));
    const afterCalls = starts.filter((d) => ['01', '02', '03', '09', '10'].includes(d.slice(5, 7))).length;
    expect(afterCalls / starts.length).toBeGreaterThan(0.7);
  });
});

describe('generator randomness helpers', () => {
  it('Rng: same seed, same sequence; between() stays within its bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, lo, span) => {
          const a = new Rng(seed);
          const b = new Rng(seed);
          for (let i = 0; i < 20; i++) {
            const x = a.between(lo, lo + span);
            if (x !== b.between(lo, lo + span) || x < lo || x > lo + span) return false;
          }
          return true;
        },
      ),
    );
  });

  it('apportion splits a total exactly, ∝ weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          const sum = weights.reduce((x, y) => x + y, 0);
          return (
            parts.reduce((x, y) => x + y, 0) === total &&
            [...parts].every((p, i) => Math.abs(p - (total * weights[i]) / sum) < 1 + 1e-9)
          );
        },
      ),
    );
  });

  it('WeightTree samples only weighted indices inside the asked range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5), { minLength: 1, maxLength: 64 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 0xffffffff }),
        (weights, x, y, seed) => {
          const tree = new WeightTree(weights.length);
          weights.forEach((w, i) => tree.add(i, w));
          const lo = x % weights.length;
          const hi = lo + 1 + (y % (weights.length - lo));
          const rng = new Rng(seed);
          const i = tree.sample(rng, lo, hi);
          const any = weights.slice(lo, hi).some((w) => w > 0);
          return any ? i >= lo && i < hi && weights[i] > 0 : i === -1;
        },
      ),
    );
  });
});
