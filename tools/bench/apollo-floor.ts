import fs from 'node:fs';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { loadConfig } from '../../src/config';
import { recordedFloor, trivialFloor } from './floor-schema';

/**
 * The floor of the API's stack on this machine: Apollo Server 5 on Express 5 in production mode, in a process of its
 * own as the bench starts the API, with no Neo4j, no plugins but the timing, no authentication and no limits. Two
 * schemas:
 * - by default one trivial resolver, answering a Server-Timing header measured the API's way (from the request's
 *   arrival at /graphql, before its body is read, to willSendResponse): the API's "server part" cannot go below it;
 * - with STACK_FLOOR_ANSWERS (a JSON file of entity id → the `entity` answer the API gave), the API's own schema
 *   (schema/schema.graphql), `entity(id:)` handing back that recorded answer and every other field graphql-js's
 *   default resolver: what the stack alone spends to parse, validate, execute and send the same document with the
 *   same answer, i.e. the server CPU a request of that shape cannot go below, whatever reads the data.
 * Environment: PORT, STACK_FLOOR_ANSWERS (the Neo4j variables the bench passes are ignored).
 */
interface Timed {
  receivedAt: number;
}

async function main(): Promise<void> {
  const answers = process.env.STACK_FLOOR_ANSWERS;
  const apollo = new ApolloServer<Timed>({
    ...(answers
      ? recordedFloor(JSON.parse(fs.readFileSync(answers, 'utf8')) as Record<string, unknown>)
      : trivialFloor()),
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      {
        requestDidStart: () =>
          Promise.resolve({
            willSendResponse: ({ contextValue, response }) => {
              const total = performance.now() - contextValue.receivedAt;
              response.http.headers.set('server-timing', `db;dur=0, total;dur=${total.toFixed(3)}`);
              response.http.headers.set('x-db-round-trips', '0');
              return Promise.resolve();
            },
          }),
      },
    ],
  });
  await apollo.start();
  const app = express();
  app.get('/ready', (_req, res) => void res.send('ok'));
  app.use(
    '/graphql',
    (_req, res, next) => {
      res.locals.receivedAt = performance.now();
      next();
    },
    express.json(),
    expressMiddleware(apollo, {
      context: ({ res }) => Promise.resolve({ receivedAt: res.locals.receivedAt as number }),
    }),
  );
  const server = http.createServer(app);
  // Idle connections kept as long as the API's (HTTP_KEEP_ALIVE_TIMEOUT_MS): the three servers are treated alike.
  server.keepAliveTimeout = loadConfig({}).limits.keepAliveTimeoutMs;
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  process.once('SIGTERM', () => {
    server.close();
    void apollo.stop().finally(() => process.exit(0));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
