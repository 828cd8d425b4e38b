import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Database } from '../../src/db/driver';
import { demoApiProcess, OUTPUT_DIR, type ApiProcess } from '../helpers/api-process';
import { wipe } from '../helpers/db';

/** Seconds of load (60 as the issue asks; RELIABILITY_LOAD_S shortens it for local iterations). */
const SECONDS = Number(process.env.RELIABILITY_LOAD_S ?? 60);
const CONNECTIONS = 50;

/** The mix: a lookup two levels deep, a filtered list with facets, search, paths and matches. */
function mix(actors: string[], regions: string[]) {
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
  return [
    () => ({
      query:
        'query Lookup($id: ID!) { entity(id: $id) { id name relations(first: 20) { edges { kind node { id name relations(first: 5) { edges { kind node { id } } } } } } } }',
      variables: { id: pick(actors) },
    }),
    () => ({
      query:
        'query List($r: String!) { entities(first: 20, filter: {region: $r}, orderBy: DEGREE) { totalCount edges { cursor node { id name } } facets { sectors { value count } } } }',
      variables: { r: pick(regions) },
    }),
    () => ({
      query: 'query Search($q: String!) { search(query: $q, first: 10) { score entity { id name } } }',
      variables: { q: pick(['Malopolska', 'klaster', 'life science', 'energia', 'Silesia', 'smart city']) },
    }),
    () => ({
      query:
        'query Paths($a: ID!, $b: ID!) { cooperationPaths(from: $a, to: $b) { length steps { kind entity { id } } } }',
      variables: { a: pick(actors), b: pick(actors) },
    }),
    () => ({
      query:
        'query Matches($id: ID!) { cooperationMatches(for: $id, first: 5) { score candidate { id } reasons { kind weight } } }',
      variables: { id: pick(actors) },
    }),
  ];
}

describe(`load: ${CONNECTIONS} connections for ${SECONDS} s`, () => {
  let db: Database;
  let api: ApiProcess;
  beforeAll(async () => {
    ({ db, api } = await demoApiProcess('load'));
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await wipe(db);
    await db.driver.close();
  });

  it(
    'serves a mix of lookups, lists, search, paths and matches with no errors',
    async () => {
      const { records } = await db.driver.executeQuery(
        'MATCH (c:Cluster|Organisation) WHERE (c)--() WITH collect(c.id) AS actors MATCH (r:Region) RETURN actors, collect(r.id) AS regions',
        {},
        { database: db.database },
      );
      const [actors, regions] = [records[0].get('actors') as string[], records[0].get('regions') as string[]];
      expect(actors.length).toBeGreaterThan(20);
      const makers = mix(actors, regions);
      const problems: string[] = [];
      const requests = makers.map((make) => ({
        setupRequest: (req: any) => ({ ...req, body: JSON.stringify(make()) }),
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"')) problems.push(`${status} ${body.slice(0, 300)}`);
        },
      }));
      const common = {
        url: `${api.url}/graphql`,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        requests,
      };
      // A freshly started Neo4j interprets before its JIT compiles the hot paths: warm it up first
      // (errors during the warm-up count too). The warm-up also outlasts Neo4j's first re-plan: the demo was
      // just loaded, so the statistics the first plans were made with are stale, and 10 s later
      // (dbms.cypher.min_replan_interval) every statement is planned again. The matches statement's plan
      // takes seconds on this 2-core machine, so that one re-plan held every match for 8–10.8 s when it fell
      // at the start of the measured minute (CI, 2026-12-01: 7 client timeouts, all cooperationMatches,
      // all within 0.2 s; docs/performance.md). It is a cold effect, like the JIT's.
      await autocannon({ ...common, connections: 8, duration: 25 });
      const result = await autocannon({
        ...common,
        connections: CONNECTIONS,
        duration: SECONDS,
      });
      const figures = {
        seconds: SECONDS,
        connections: CONNECTIONS,
        requests: result.requests.total,
        throughputPerSecond: result.requests.average,
        latencyMs: {
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          max: result.latency.max,
        },
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        graphqlErrors: problems.length,
      };
      fs.writeFileSync(
        path.join(OUTPUT_DIR, 'load.json'),
        JSON.stringify({ ...figures, firstProblems: problems.slice(0, 5) }, null, 2),
      );
      console.log(`load: ${JSON.stringify(figures)}`);
      expect(problems.slice(0, 3)).toEqual([]);
      expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
        errors: 0,
        timeouts: 0,
        non2xx: 0,
      });
      expect(result.requests.total).toBeGreaterThan(0);
      expect(api.proc.exitCode).toBeNull();
    },
    (SECONDS + 90) * 1000,
  );
});
