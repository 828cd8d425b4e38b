import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadConfigWithDefaults } from '../../src/config';
import { fillLiterals, loadCypher } from '../../src/db/cypher';
import { CypherRunner } from '../../src/db/runner';
import { RELATION_TYPES } from '../../src/model/vocabulary';
import { relationLiterals } from '../../src/modules/entity/entity.repository';
import { matchesQuery } from '../../src/modules/matches/matches.repository';
import { pathsQuery, sharedPartnersQuery } from '../../src/modules/cooperation/cooperation.repository';
import { TIMELESS } from '../../src/modules/time/window';
import { connectTo } from '../localdb/target';
import { Rng } from '../generate/random';
import { runCli } from '../cli/run';
import type { BenchInputs } from './operation.type';
import { pairedRatio, quantile } from './stats';

// What the date checks cost a timeless question (issue 21): every cooperation pattern tests
// `coalesce(r.validFrom <= $windowTo, true) AND coalesce(r.validTo >= $windowFrom, true)`, which with
// null bounds is always true but still reads two properties of every tie it walks. The statements now
// ship guarded (`($windowTo IS NULL OR (…))`), so "checked" measures the guarded form and "guarded" wraps it
// once more (the same cost); "none" still replaces the inner checks by `true`. Each input is
// asked four ways, in rotating order, on the benchmark database (VARIANTS); docs/performance.md has
// the figures. Run, with the bench database's LOCAL_NEO4J_BOLT_PORT:
//   node -r ts-node/register/transpile-only tools/bench/date-checks.ts [inputs, default 60] [question…]

const CHECK = /coalesce\((\w+)\.validFrom <= ([\w.$]+), true\) AND coalesce\(\1\.validTo >= ([\w.$]+), true\)/g;
/** A degree count with the checks inside: `COUNT { (c)-[t2:TYPES WHERE <check>]-() }`. */
const COUNTED = /COUNT \{ \((\w+)\)-\[(\w+):([\w|]+) WHERE ([^\]]+)\]-\(\) \}/g;
const guard = (t: string) => t.replace(CHECK, (m, _r, to: string) => `(${to} IS NULL OR (${m}))`);
/** As shipped; checks replaced by `true` (the query before the dates); guarded; guarded with plain degrees. */
const VARIANTS = {
  checked: (t: string) => t,
  none: (t: string) => t.replace(CHECK, 'true'),
  guarded: guard,
  // …and a timeless degree counted without a predicate, which Neo4j answers from the degree store
  // instead of walking every tie of a hub.
  degree: (t: string) =>
    guard(
      t.replace(
        COUNTED,
        (m, n: string, _r, types: string) =>
          `CASE WHEN $windowTo IS NULL THEN COUNT { (${n})-[:${types}]-() } ELSE ${m} END`,
      ),
    ),
};
type Variant = keyof typeof VARIANTS;

interface Asked {
  text: string;
  params: Record<string, unknown>;
}

/** The timeless questions measured: matches, a hub's first relations (lookupDepth1's read), paths, shared partners. */
const QUESTIONS: Record<string, (inp: BenchInputs, rng: Rng) => Asked> = {
  // The candidates statement alone, without the country sources (cypher/matches/active-ranks ranks them first).
  cooperationMatches: (inp, rng) => {
    const q = matchesQuery(rng.pick(inp.actors), 10);
    return { text: loadCypher(q.name, q.params), params: q.params };
  },
  relations: (inp, rng) => ({
    text: fillLiterals(
      loadCypher('entity/relations'),
      relationLiterals([{ types: RELATION_TYPES, count: true }], RELATION_TYPES),
    ),
    params: {
      batch: {
        ids: [rng.pick(inp.hubs)],
        spec: [0],
        specs: [
          {
            types: RELATION_TYPES,
            dir: 'BOTH',
            first: 20,
            after: null,
            count: true,
            props: ['id', 'kind', 'name'],
            edge: true,
            ...TIMELESS,
          },
        ],
      },
      limit: 21,
    },
  }),
  cooperationPaths: (inp, rng) => {
    const q = pathsQuery({ from: rng.pick(inp.actors), to: rng.pick(inp.actors), maxHops: 4, limit: 3 });
    return { text: fillLiterals(loadCypher(q.name, q.params), q.literals), params: q.params };
  },
  sharedPartners: (inp, rng) => {
    const members = rng.pick(inp.memberLists);
    const q = sharedPartnersQuery({ ids: members.slice(0, 2), first: 10 });
    return { text: loadCypher(q.name, q.params), params: q.params };
  },
};

async function main(n: number, only: string[]) {
  const config = loadConfigWithDefaults({ LOCAL_NEO4J_HOME: '.neo4j/bench', LOCAL_NEO4J_BOLT_PORT: '7689' });
  const db = await connectTo(config, (m) => console.log(m));
  try {
    const inputs = (await new CypherRunner(db).read<BenchInputs>('bench/inputs'))[0];
    const session = () => db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
    const time = async (a: Asked, v: Variant) => {
      const s = session();
      try {
        const t0 = performance.now();
        await s.executeRead((tx) => tx.run(VARIANTS[v](a.text), a.params));
        return performance.now() - t0;
      } finally {
        await s.close();
      }
    };
    for (const [name, draw] of Object.entries(QUESTIONS).filter(([q]) => !only.length || only.includes(q))) {
      const rng = new Rng(1).fork(name);
      const asked = Array.from({ length: n }, () => draw(inputs, rng));
      const names = Object.keys(VARIANTS) as Variant[];
      for (const a of asked) for (const v of names) await time(a, v); // warm: page cache and plans
      const ms = Object.fromEntries(names.map((v) => [v, [] as number[]])) as Record<Variant, number[]>;
      for (const [i, a] of asked.entries())
        for (let j = 0; j < names.length; j++) {
          const v = names[(i + j) % names.length];
          ms[v][i] = await time(a, v);
        }
      const p50 = (xs: number[]) =>
        quantile(
          [...xs].sort((x, y) => x - y),
          0.5,
        ).toFixed(2);
      console.log(
        `${name.padEnd(20)} p50 ${names.map((v) => `${v} ${p50(ms[v])}`).join(', ')} ms; median per input over none: ` +
          names.map((v) => `${v} ${pairedRatio(ms[v], ms.none)}`).join(', '),
      );
    }
  } finally {
    await db.driver.close();
  }
}

void runCli(() => main(Number(process.argv[2] ?? 60), process.argv.slice(3)));
