import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SignJWT } from 'jose';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { connectTo } from '../localdb/target';
import { migrate } from '../../src/db/migrate';
import { isEmpty, seedDemo } from '../../src/import/demo';
import { createLogger } from '../../src/logger';
import { createSchema } from '../../src/schema';
import { createServer } from '../../src/server';
import { quantile } from './stats';

/**
 * What authentication costs a read: the same entity lookup over HTTP as an anonymous viewer, with an
 * API key, and with an HS256 JWT, interleaved in random order so that drift hits every mode alike.
 * Runs against the development database (`npm start`'s; the demo dataset is loaded when it is empty).
 */
async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 3000);
  const key = crypto.randomBytes(24).toString('hex');
  const secret = crypto.randomBytes(32).toString('hex');
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    API_KEYS: `bench:viewer:${key}`,
    JWT_SECRET: secret,
    JWT_ISSUER: 'bench',
    JWT_AUDIENCE: 'partnership-graph',
  });
  const db = await connectTo(config);
  await migrate(db);
  if (await isEmpty(db)) await seedDemo(db);
  const server = await createServer(await createSchema(), db, createLogger('silent'), {
    auth: config.auth,
    limits: config.limits,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const port = (server.httpServer.address() as AddressInfo).port;
  const jwt = await new SignJWT({ roles: ['viewer'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('bench')
    .setAudience('partnership-graph')
    .setSubject('bench')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
  const ids = (
    await db.driver.executeQuery('MATCH (e:Entity) RETURN e.id AS id LIMIT 100', {}, { database: db.database })
  ).records.map((r) => r.get('id') as string);
  const modes: Record<string, Record<string, string>> = {
    anonymous: {},
    'API key': { authorization: `Bearer ${key}` },
    'HS256 JWT': { authorization: `Bearer ${jwt}` },
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const post = (headers: Record<string, string>, id: string) =>
    new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({
        query:
          'query($id: ID!) { entity(id: $id) { id name relations(first: 10) { edges { kind node { id name } } } } }',
        variables: { id },
      });
      const started = performance.now();
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () =>
            res.statusCode === 200 && !text.includes('"errors"')
              ? resolve(performance.now() - started)
              : reject(new Error(text)),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(modes).map((m) => [m, []]));
  for (let i = 0; i < n + 200; i++) {
    const id = ids[i % ids.length];
    for (const mode of Object.keys(modes).sort(() => Math.random() - 0.5)) {
      const ms = await post(modes[mode], id);
      if (i >= 200) times[mode].push(ms); // the first 200 rounds warm up
    }
  }
  const median = (xs: number[]) =>
    quantile(
      [...xs].sort((a, b) => a - b),
      0.5,
    );
  const base = median(times.anonymous);
  const lines = ['| credentials | median ms | p95 ms | ratio to anonymous |', '|---|---|---|---|'];
  for (const [mode, xs] of Object.entries(times)) {
    const sorted = [...xs].sort((a, b) => a - b);
    lines.push(
      `| ${mode} | ${median(xs).toFixed(3)} | ${quantile(sorted, 0.95).toFixed(3)} | ${(median(xs) / base).toFixed(3)} |`,
    );
  }
  const report = `# What authentication costs a read\n\n${n} interleaved rounds of an entity lookup with 10 relations (demo dataset), ${new Date().toISOString().slice(0, 10)}.\n\n${lines.join('\n')}\n`;
  fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'auth.md'), report);
  console.log(report);
  agent.destroy();
  await server.stop();
  await db.driver.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
