import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { fillLiterals, loadCypher } from '../../src/db/cypher';
import type { NamedQuery } from '../../src/db/runner';
import type { VisibilityScope } from '../../src/auth/visibility';
import { COOPERATION_RELATIONS, RELATION_TYPES } from '../../src/model/vocabulary';
import { relationLiterals } from '../../src/modules/entity/entity.repository';
import {
  neighbourhoodQuery,
  pathsQuery,
  sharedPartnersQuery,
} from '../../src/modules/cooperation/cooperation.repository';
import { matchesQuery } from '../../src/modules/matches/matches.repository';
import { connectTo } from '../localdb/target';
import { Rng } from '../generate/random';
import { quantile } from './stats';
import type { BenchInputs } from './operation.type';

// What the tie visibility predicate costs in the database (docs/performance.md, "Tie visibility"): each
// statement the bench's tie-reading operations run, for the same inputs, three ways — as an analyst acting
// for no organisation ($scope.all), as an organisation, and with {{VISIBLE(r)}} replaced by `true` (no
// check at all) — in an order that rotates per input and round, so a shared machine's drift hits all three
// alike (alternating whole bench runs could not resolve 15 % at a load average of 7–18). Also each way's
// PROFILE db hits on the first input. Against the database of LOCAL_NEO4J_* or NEO4J_URI:
//   LOCAL_NEO4J_HOME=… LOCAL_NEO4J_BOLT_PORT=… N=8 \
//     node -r ts-node/register/transpile-only tools/bench/visibility-cost.ts [statement…]

const ANALYST: VisibilityScope = { all: true, own: [], partners: [] };
const ORGANISATION: VisibilityScope = { all: false, own: ['org-000001'], partners: ['org-000001'] };
const WAYS = ['analyst', 'organisation', 'unchecked'] as const;
type Way = (typeof WAYS)[number];
type Run = { text: string; params: Record<string, unknown> };

/**
 * The statement's text with the predicate as the API sends it for that scope (loadCypher), or with every
 * `{{VISIBLE(r)}}` read as `true` (scope null).
 */
function textOf(q: NamedQuery, scope: VisibilityScope | null): string {
  const raw = scope
    ? loadCypher(q.name, { scope })
    : fs
        .readFileSync(path.join(PROJECT_ROOT, 'cypher', `${q.name}.cypher`), 'utf8')
        .replace(/\{\{VISIBLE\(\w+\)\}\}/g, 'true')
        .replace(/\{\{COOPERATION\}\}/g, COOPERATION_RELATIONS.join('|'));
  return fillLiterals(raw, q.literals ?? {});
}

/** The three ways of one input: the same statement, its text and `$scope` set for each. */
function ways(q: NamedQuery): Record<Way, Run> {
  return {
    analyst: { text: textOf(q, ANALYST), params: { ...q.params, scope: ANALYST } },
    organisation: { text: textOf(q, ORGANISATION), params: { ...q.params, scope: ORGANISATION } },
    unchecked: { text: textOf(q, null), params: { ...q.params, scope: ORGANISATION } },
  };
}

/** Each statement's inputs, drawn as the bench draws them (tools/bench/ops-*.ts). */
const STATEMENTS: Record<string, (inp: BenchInputs, rng: Rng) => Record<Way, Run>> = {
  relations: (inp, rng) => {
    const spec = { types: RELATION_TYPES, dir: 'BOTH', first: 20, after: null, count: false, edge: true };
    const props = { props: ['id', 'kind', 'name'], windowFrom: null, windowTo: null };
    return ways({
      name: 'entity/relations',
      params: {
        batch: { ids: [rng.pick(inp.hubs)], spec: [0], specs: [{ ...spec, ...props }], entity: true },
        limit: 21,
      },
      literals: relationLiterals([spec], RELATION_TYPES),
    });
  },
  paths: (inp, rng) => ways(pathsQuery({ from: rng.pick(inp.actors), to: rng.pick(inp.actors), maxHops: 4, limit: 3 })),
  sharedPartners: (inp, rng) => {
    const members = rng.pick(inp.memberLists);
    const a = rng.int(members.length);
    const ids = [members[a], members[(a + 1 + rng.int(members.length - 1)) % members.length]];
    return ways(sharedPartnersQuery({ ids, first: 10 }));
  },
  // The candidates statement without the country sources: they rank by public ties, whoever the viewer is.
  matches: (inp, rng) => ways(matchesQuery(rng.pick(inp.actors), 10)),
  neighbourhood: (inp, rng) => ways(neighbourhoodQuery({ id: rng.pick(inp.actors), depth: 1, limit: 200 })),
};

const hits = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((s, c) => s + hits(c), 0);
const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
const round = (x: number) => Math.round(x * 100) / 100;

async function main(): Promise<void> {
  const db = await connectTo(loadConfig(process.env));
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    const inputs = (await session.run(loadCypher('bench/inputs'))).records[0].toObject() as BenchInputs;
    const n = Number(process.env.N ?? 8);
    const names = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(STATEMENTS);
    for (const name of names) {
      const rng = new Rng(7).fork(name);
      const drawn = Array.from({ length: n }, () => STATEMENTS[name](inputs, rng));
      const dbHits = {} as Record<Way, number>;
      for (const way of WAYS) {
        const { text, params } = drawn[0][way];
        dbHits[way] = hits((await session.run(`PROFILE ${text}`, params)).summary.profile as ProfiledPlan);
      }
      const ms: Record<Way, number[][]> = { analyst: [], organisation: [], unchecked: [] };
      // Round 0 warms plans and the page cache, untimed.
      for (let round = 0; round < 4; round++)
        for (const [i, input] of drawn.entries())
          for (let k = 0; k < WAYS.length; k++) {
            const way = WAYS[(i + round + k) % WAYS.length];
            const t = performance.now();
            await session.run(input[way].text, input[way].params);
            if (round > 0) (ms[way][i] ??= []).push(performance.now() - t);
          }
      const perInput = (way: Way) => ms[way].map(median);
      const ratio = (a: Way, b: Way) => round(median(perInput(a).map((x, i) => x / perInput(b)[i])));
      console.log(
        JSON.stringify({
          statement: name,
          inputs: n,
          rounds: 3,
          medianMs: Object.fromEntries(WAYS.map((w) => [w, round(median(perInput(w)))])),
          organisationPerAnalyst: ratio('organisation', 'analyst'),
          organisationPerUnchecked: ratio('organisation', 'unchecked'),
          dbHits,
        }),
      );
    }
  } finally {
    await session.close();
    await db.driver.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
