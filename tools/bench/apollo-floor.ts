import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema } from 'graphql';
import { loadConfig } from '../../src/config';

/**
 * The floor of the API's "server part" on this machine: Apollo Server 5 on Express 5 in production mode, in a
 * process of its own as the bench starts the API, with one trivial resolver (no Neo4j, no plugins but the timing,
 * no authentication, no limits), answering a Server-Timing header measured the API's way (from the request's
 * arrival at /graphql, before its body is read, to willSendResponse). Nothing the API adds can take its own figure
 * below this one. Environment: PORT (the Neo4j variables the bench passes are ignored).
 */
const schema = buildSchema(
  'type Entity { id: ID! name: String! kind: String! } type Query { entity(id: ID!): Entity }',
);
const rootValue = { entity: ({ id }: { id: string }) => Promise.resolve({ id, name: 'Floor', kind: 'Organisation' }) };

interface Timed {
  receivedAt: number;
}

async function main(): Promise<void> {
  const apollo = new ApolloServer<Timed>({
    schema,
    rootValue,
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
