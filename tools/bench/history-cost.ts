import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { migrate } from '../../src/db/migrate';
import { CypherRunner } from '../../src/db/runner';
import { importFiles } from '../../src/import/importer';
import { createLogger } from '../../src/logger';
import { createSchema } from '../../src/schema';
import { createServer, defaultServerOptions } from '../../src/server';
import { connectTo } from '../localdb/target';
import { quantile } from './stats';

// What the history log costs (docs/performance.md, "History"): mutation latency through the API and
// the import rate. Run it from two checkouts (with and without history) against the same Neo4j, e.g.
//   LOCAL_NEO4J_HOME=… LOCAL_NEO4J_BOLT_PORT=… \
//     node -r ts-node/register/transpile-only tools/bench/history-cost.ts [file.jsonl]
// It empties the database it is given (migration records and the tests' marker kept).

const KEY = 'history-bench-editor-key-0123456789';
const ROUNDS = Number(process.env.ROUNDS ?? 60);

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, API_KEYS: `bench:editor:${KEY}`, LOG_LEVEL: 'silent' });
  const db = await connectTo(config);
  const runner = new CypherRunner(db, { metadata: { requestId: 'bench', operation: 'history-cost' } });
  await migrate(db);
  await runner.autoCommit('bench/clear-data');
  const server = await createServer(await createSchema(), db, createLogger('silent'), {
    auth: config.auth,
    limits: defaultServerOptions().limits,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  const gql = async (query: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const ops: Record<string, (i: number) => string> = {
    create: (i) => `upsertCluster(input: {id: "hb-${i}", name: "Bench ${i}", aliases: ["B${i}"]}) { id }`,
    update: (i) => `upsertCluster(input: {id: "hb-${i}", name: "Bench ${i} renamed", aliases: ["B${i}"]}) { id }`,
    link: (i) => `link(input: {kind: PARTNER_OF, from: "hb-${i}", to: "hb-${i - 1}", note: "a"}) { kind }`,
    relink: (i) => `link(input: {kind: PARTNER_OF, from: "hb-${i}", to: "hb-${i - 1}", note: "b"}) { kind }`,
    unlink: (i) => `unlink(input: {kind: PARTNER_OF, from: "hb-${i}", to: "hb-${i - 1}"})`,
    delete: (i) => `deleteEntity(id: "hb-${i - 1}") { id }`,
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(ops).map((k) => [k, []]));
  await gql(`mutation { ${ops.create(0)} }`);
  for (let i = 1; i <= ROUNDS; i++)
    for (const [name, op] of Object.entries(ops)) {
      const t = performance.now();
      await gql(`mutation { ${op(i)} }`);
      if (i > 10) times[name].push(performance.now() - t); // the first rounds warm up caches and the JIT
    }
  const p50 = Object.fromEntries(
    Object.entries(times).map(([k, v]) => [
      k,
      round(
        quantile(
          [...v].sort((a, b) => a - b),
          0.5,
        ),
      ),
    ]),
  );
  const all = Object.values(times).flat();
  console.log(
    JSON.stringify({
      mutationsP50Ms: p50,
      allP50Ms: round(
        quantile(
          all.sort((a, b) => a - b),
          0.5,
        ),
      ),
      rounds: ROUNDS - 10,
    }),
  );
  await server.stop();

  const file = process.argv[2];
  if (file) {
    await runner.autoCommit('bench/clear-data');
    const s = await importFiles(db, [file]);
    console.log(
      JSON.stringify({
        import: file,
        seconds: s.seconds,
        phases: s.phases,
        relationshipsPerSecond: s.relationshipsPerSecond,
        entities: s.entities,
        relations: s.relations,
      }),
    );
    await runner.autoCommit('bench/clear-data');
  }
  await db.driver.close();
}

const round = (x: number) => Math.round(x * 100) / 100;

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
