import http from 'node:http';

// A plain keep-alive HTTP client: fetch (undici) cost the load generator more CPU per request than
// the server spent on GraphQL, and that showed up as API latency.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** What the server says about one request: its round trips (x-db-round-trips) and timings (Server-Timing), in ms. */
export interface ServerSide {
  roundTrips: number;
  dbMs: number;
  totalMs: number;
}

/** The `name;dur=…` entries of a Server-Timing header. */
function timings(header: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of (header ?? '').matchAll(/(\w+);dur=([\d.]+)/g)) out[m[1]] = Number(m[2]);
  return out;
}

/** Bearer tokens by server origin (bench --org): requests to that server authenticate with it. */
const tokens = new Map<string, string>();

/** Makes every later request to `url`'s server carry this bearer token. */
export function authorizeFor(url: URL, token: string): void {
  tokens.set(url.origin, token);
}

/** POSTs a GraphQL request; resolves to the response's headers and parsed body, fails on any GraphQL error. */
function post(
  url: URL,
  query: string,
  variables: Record<string, unknown>,
  retried = false,
): Promise<{ headers: http.IncomingHttpHeaders; data: unknown }> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(tokens.has(url.origin) ? { authorization: `Bearer ${tokens.get(url.origin)}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            data?: unknown;
            errors?: { message: string; extensions?: { code?: string } }[];
          };
          if (parsed.errors?.length)
            reject(
              Object.assign(new Error(`API error: ${parsed.errors[0].message}`), {
                code: parsed.errors[0].extensions?.code,
              }),
            );
          else resolve({ headers: res.headers, data: parsed.data });
        });
        res.on('error', reject);
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed as idle (its keepAliveTimeout; Node's default is 5 s) just as this
      // request reused it: the request never reached the server, so it is sent again on a fresh socket, as Node's
      // documentation advises. A long series of another side left these sockets idle, and the reset ended whole runs.
      if (req.reusedSocket && e.code === 'ECONNRESET' && !retried) resolve(post(url, query, variables, true));
      else reject(e);
    });
    req.end(body);
  });
}

/** POSTs a GraphQL request; resolves to what the server reports about it, fails on any GraphQL error. */
export async function postGraphql(url: URL, query: string, variables: Record<string, unknown>): Promise<ServerSide> {
  const { headers } = await post(url, query, variables);
  const t = timings(headers['server-timing'] as string | undefined);
  return { roundTrips: Number(headers['x-db-round-trips']), dbMs: t.db ?? NaN, totalMs: t.total ?? NaN };
}

/** POSTs a GraphQL request and resolves to its `data` (to compare two servers' answers). */
export async function queryGraphql(url: URL, query: string, variables: Record<string, unknown>): Promise<unknown> {
  return (await post(url, query, variables)).data;
}

/** Closes the kept-alive sockets so the process can exit. */
export function closeClient(): void {
  agent.destroy();
}

/** GETs a path of the server and drains the answer (a transport-only reference: no GraphQL, no database). */
export function getPath(url: URL): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve());
        res.on('error', reject);
      })
      .on('error', reject);
  });
}
