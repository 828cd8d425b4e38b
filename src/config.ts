import crypto from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { ID_PATTERN } from './model/vocabulary';

/** Repository root (one level above src/ or dist/src/). */
export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const size = z.string().regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 2g');

/** The roles a request can have (see src/auth/roles.ts for what each may do). */
export const ROLES = ['viewer', 'editor', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_ON_EMPTY: bool.default(true),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
  // How long an idle keep-alive connection stays open. Above the idle timeout of whatever sits in front (60 s for
  // most load balancers and nginx upstreams): with Node's own 5 s, the proxy could send a request down a connection
  // the server was closing at that moment and answer its client 502.
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(65_000),
  WARM_UP_BUDGET_MS: z.coerce.number().int().min(0).max(900_000).default(120_000),

  ANONYMOUS_ROLE: z.enum([...ROLES, 'none']).default('viewer'),
  API_KEYS: z.string().default(''),
  JWT_SECRET: z.string().min(32, 'expected at least 32 characters (an HS256 secret of 256 bits)').optional(),
  JWT_JWKS_URL: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL of a JSON Web Key Set' }).optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  JWT_ROLES_CLAIM: z.string().min(1).default('roles'),
  // The claim naming the organisation (an actor's entity id) an editor acts for: what it may change, which
  // PARTNERS and PRIVATE ties it may see (docs/access.md).
  JWT_ORG_CLAIM: z.string().min(1).default('org'),
  // The longest a JWT may live (exp − iat, or exp − now without iat): a stolen token is useful for at most this long.
  JWT_MAX_TTL_S: z.coerce.number().int().min(60).max(31_536_000).default(86_400),
  // When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>` (see README: open by default on the
  // loopback-bound default HOST).
  METRICS_TOKEN: z.string().min(24, 'expected at least 24 characters (e.g. openssl rand -hex 24)').optional(),

  MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  // graphql-armor's static cost multiplies by every `first` on the way down: an entity with 20
  // members, each with 20 projects, each with 20 participants (8,000 rows, 3 round trips) costs 2.3 M.
  MAX_COST: z.coerce.number().int().min(1).max(1_000_000_000).default(5_000_000),
  // Operations costing this much or more (a 3-level nested read of 20 per level costs about 0.9 M, two
  // levels 20 k) are heavy: at most HEAVY_CONCURRENCY of them execute at once, the rest wait their turn.
  HEAVY_COST: z.coerce.number().int().min(1).max(1_000_000_000).default(100_000),
  HEAVY_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(2),
  // The analyst bulkhead (src/db/sandbox.ts): statements at once, each on its own connection; the most
  // bytes one result may take (measured on the wire and again as JSON); how long past timeoutMs a
  // statement may run before its connection is dropped.
  ANALYST_POOL_SIZE: z.coerce.number().int().min(1).max(64).default(2),
  ANALYST_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 ** 2)
    .default(8 * 1024 ** 2),
  ANALYST_GRACE_MS: z.coerce.number().int().min(0).max(10_000).default(1_000),
  // Signs the bookmarks the API hands out (x-neo4j-bookmarks): only signed ones are accepted back.
  // Random per process when unset; give every replica the same value so that they accept each other's.
  BOOKMARK_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  // Browser apps on these origins may call /graphql (CORS). None by default: only same-origin pages
  // (the explorer) and non-browser clients. '*' is refused: API keys travel in headers of any origin's page.
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^https?:\/\/[^/\s*]+$/,
            'expected origins such as https://app.example.org (scheme, host and port; no path, no *), comma-separated',
          ),
      ),
    ),
  MAX_ALIASES: z.coerce.number().int().min(0).max(1_000).default(15),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1_000).default(50),
  MAX_TOKENS: z.coerce.number().int().min(10).max(100_000).default(2_000),
  MAX_BODY: size.default('1m'),
  // The change feed (subscriptions over graphql-ws at /graphql): subscriptions one connection may hold; changes
  // queued for one subscriber that reads too slowly before its subscription ends (RESOURCE_LIMIT, resumable from
  // its last cursor); how often each process reads the history log for new changes (its writes wake it at once).
  WS_MAX_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(1_000).default(10),
  FEED_BUFFER: z.coerce.number().int().min(1).max(100_000).default(1_000),
  FEED_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  INTROSPECTION: bool.optional(),
  FIELD_SUGGESTIONS: bool.optional(),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'expected a neo4j:// or bolt:// URI')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(50),
  NEO4J_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).max(120_000).default(5_000),
  NEO4J_UNAVAILABLE_RETRY_MS: z.coerce.number().int().min(0).max(120_000).default(1_000),
  NEO4J_STARTUP_WAIT_S: z.coerce.number().int().min(0).max(3_600).default(60),

  LOCAL_NEO4J_HOME: z.string().min(1).default('.neo4j/dev'),
  LOCAL_NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  LOCAL_NEO4J_HEAP: size.default('2g'),
  LOCAL_NEO4J_PAGECACHE: size.default('2g'),
  LOCAL_NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5).max(900).default(180),
  LOCAL_NEO4J_TX_MEMORY: size.optional(),
  LOCAL_NEO4J_TX_MEMORY_TOTAL: size.optional(),
});

export type Env = z.infer<typeof schema>;

/** Every variable the app reads (the test keeps .env.example complete). */
export const ENV_VARIABLES = Object.keys(schema.shape) as (keyof Env)[];

/** Settings of the local Neo4j that the project starts when NEO4J_URI is not set. */
export interface LocalNeo4jConfig {
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  startTimeoutS: number;
  /** db.memory.transaction.max: the most heap one transaction may use (default a quarter of the heap). */
  txMemory: string;
  /** db.memory.transaction.total.max: the most heap all transactions together may use (default 60 % of the heap). */
  txMemoryTotal: string;
}

/** A service account: a static API key from configuration, kept only as its SHA-256 digest. */
export interface ApiKey {
  name: string;
  roles: Role[];
  /** The organisation (actor id) the key acts for, from `name@org`. */
  org?: string;
  sha256: string;
}

export interface AuthConfig {
  /** The role of requests without credentials; null refuses them (UNAUTHENTICATED). */
  anonymousRole: Role | null;
  apiKeys: ApiKey[];
  /** When set, GET /metrics answers only `Authorization: Bearer <metricsToken>` (401 otherwise). */
  metricsToken?: string;
  /** Set when bearer JWTs are accepted: HS256 with `secret`, anything asymmetric from `jwksUrl`. */
  jwt?: {
    secret?: string;
    jwksUrl?: string;
    issuer: string;
    audience: string;
    rolesClaim: string;
    /** The claim naming the organisation (actor id) the token's holder acts for. */
    orgClaim: string;
    /** Tokens must carry `exp`, and live at most this many seconds (exp − iat, or exp − now without iat). */
    maxTtlS: number;
  };
}

/** What one request may ask for (graphql-armor and the HTTP layer). */
export interface LimitsConfig {
  maxDepth: number;
  maxCost: number;
  /** Operations costing at least this are heavy and go through admission control. */
  heavyCost: number;
  /** Heavy operations executing at once; the others wait within their time budget. */
  heavyConcurrency: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxBodyBytes: number;
  /** Subscriptions one WebSocket connection may hold at once. */
  wsMaxSubscriptions: number;
  /** Changes queued for one subscriber before its subscription ends as too slow. */
  feedBuffer: number;
  /** How often the change feed reads the history log for changes made elsewhere (other replicas, imports). */
  feedPollMs: number;
  /** Origins whose browser apps may call /graphql (CORS_ORIGINS); empty: none. */
  corsOrigins: string[];
  /** The time budget of one request; each database call gets what is left as its transaction timeout. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive HTTP connection is kept (HTTP_KEEP_ALIVE_TIMEOUT_MS). */
  keepAliveTimeoutMs: number;
  /** Key of the HMAC that signs bookmarks handed to clients. */
  bookmarkSecret: string;
  introspection: boolean;
  fieldSuggestions: boolean;
}

/** How the driver talks to Neo4j and how long it keeps trying. */
export interface Neo4jClientConfig {
  poolSize: number;
  /** The analyst bulkhead: connections apart from the pool, bytes per result, grace past the timeout. */
  analyst: { poolSize: number; maxBytes: number; graceMs: number };
  acquireTimeoutMs: number;
  connectTimeoutMs: number;
  /** How long transient errors (deadlocks, leader switches) are retried, within the request budget. */
  retryMs: number;
  /** How long an unreachable database is retried before a request fails with DATABASE_UNAVAILABLE. */
  unavailableRetryMs: number;
  /** How long start-up waits for Neo4j (with back-off) before giving up. */
  startupWaitS: number;
}

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  seedOnEmpty: boolean;
  shutdownTimeoutMs: number;
  /** After a start, how long the server may spend planning its hot statements before it says ready (0: none). */
  warmUpBudgetMs: number;
  auth: AuthConfig;
  limits: LimitsConfig;
  neo4j: Neo4jClientConfig;
  /** Set when the user points us at their own Neo4j; then nothing is started locally. */
  external?: { uri: string; username: string; password: string; database: string };
  local: LocalNeo4jConfig;
  database: string;
}

export class ConfigError extends Error {}

/** Signs bookmarks when BOOKMARK_SECRET is unset: one per process, so a restart invalidates the old ones. */
const PROCESS_BOOKMARK_SECRET = crypto.randomBytes(32).toString('base64url');

const BYTES: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
const bytes = (s: string) => Number(s.slice(0, -1)) * BYTES[s.slice(-1).toLowerCase()];

/**
 * `name[@org]:role[+role…]:key` entries, comma-separated; `org` is the actor id the key acts for; the key may be
 * given as `sha256:<hex digest>`.
 */
function parseApiKeys(text: string, problems: string[]): ApiKey[] {
  const keys: ApiKey[] = [];
  for (const [i, entry] of text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)
    .entries()) {
    const [account, roleList, ...rest] = entry.split(':');
    const [name, org, ...extra] = (account ?? '').split('@');
    const key = rest.join(':');
    const where = `API_KEYS entry ${i + 1} (${name || 'unnamed'})`;
    const roles = (roleList ?? '').split('+').filter(Boolean);
    const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
    if (!name || !roles.length || !key) problems.push(`${where}: expected name[@org]:role[+role…]:key`);
    else if (extra.length || (org !== undefined && !ID_PATTERN.test(org)))
      problems.push(`${where}: expected name@org with org an entity id (lower-case words joined by hyphens)`);
    else if (unknown.length)
      problems.push(`${where}: unknown role ${unknown.join(', ')} (expected ${ROLES.join(', ')})`);
    else if (key.startsWith('sha256:') && !/^sha256:[0-9a-f]{64}$/i.test(key))
      problems.push(`${where}: expected sha256: followed by 64 hex digits`);
    else if (!key.startsWith('sha256:') && key.length < 24)
      problems.push(`${where}: a key needs at least 24 characters`);
    else if (keys.some((k) => k.name === name)) problems.push(`${where}: the name is used twice`);
    else {
      const sha256 = key.startsWith('sha256:')
        ? key.slice(7).toLowerCase()
        : crypto.createHash('sha256').update(key).digest('hex');
      keys.push({ name, roles: roles as Role[], sha256, ...(org ? { org } : {}) });
    }
  }
  return keys;
}

function authOf(e: Env, problems: string[]): AuthConfig {
  const apiKeys = parseApiKeys(e.API_KEYS, problems);
  let jwt: AuthConfig['jwt'];
  if (e.JWT_SECRET || e.JWT_JWKS_URL) {
    if (!e.JWT_ISSUER)
      problems.push('JWT_ISSUER: required with JWT_SECRET or JWT_JWKS_URL (tokens from other issuers are refused)');
    if (!e.JWT_AUDIENCE)
      problems.push('JWT_AUDIENCE: required with JWT_SECRET or JWT_JWKS_URL (tokens meant for other APIs are refused)');
    jwt = {
      secret: e.JWT_SECRET,
      jwksUrl: e.JWT_JWKS_URL,
      issuer: e.JWT_ISSUER ?? '',
      audience: e.JWT_AUDIENCE ?? '',
      rolesClaim: e.JWT_ROLES_CLAIM,
      orgClaim: e.JWT_ORG_CLAIM,
      maxTtlS: e.JWT_MAX_TTL_S,
    };
  }
  return {
    anonymousRole: e.ANONYMOUS_ROLE === 'none' ? null : e.ANONYMOUS_ROLE,
    apiKeys,
    jwt,
    metricsToken: e.METRICS_TOKEN,
  };
}

/** The only reader of process.env: validates everything and lists every bad variable at once. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(source);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map(
        (i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(source[String(i.path[0])])})`,
      );
  if (!parsed.success) parseApiKeys(source.API_KEYS ?? '', problems); // so one message lists every bad variable
  const e = parsed.data as Env;
  const auth = parsed.success ? authOf(e, problems) : undefined;
  if (parsed.success && e.NEO4J_URI && e.NEO4J_PASSWORD === undefined)
    problems.push('NEO4J_PASSWORD: required when NEO4J_URI is set');
  if (problems.length || !auth)
    throw new ConfigError(`Invalid configuration:\n${problems.map((l) => `  ${l}`).join('\n')}`);
  const production = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    seedOnEmpty: e.SEED_ON_EMPTY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    warmUpBudgetMs: e.WARM_UP_BUDGET_MS,
    auth,
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxCost: e.MAX_COST,
      heavyCost: e.HEAVY_COST,
      heavyConcurrency: e.HEAVY_CONCURRENCY,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
      maxBodyBytes: bytes(e.MAX_BODY),
      wsMaxSubscriptions: e.WS_MAX_SUBSCRIPTIONS,
      feedBuffer: e.FEED_BUFFER,
      feedPollMs: e.FEED_POLL_MS,
      corsOrigins: e.CORS_ORIGINS,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      bookmarkSecret: e.BOOKMARK_SECRET ?? PROCESS_BOOKMARK_SECRET,
      introspection: e.INTROSPECTION ?? !production,
      fieldSuggestions: e.FIELD_SUGGESTIONS ?? !production,
    },
    neo4j: {
      poolSize: e.NEO4J_POOL_SIZE,
      acquireTimeoutMs: e.NEO4J_ACQUIRE_TIMEOUT_MS,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      retryMs: e.NEO4J_RETRY_MS,
      unavailableRetryMs: e.NEO4J_UNAVAILABLE_RETRY_MS,
      startupWaitS: e.NEO4J_STARTUP_WAIT_S,
      analyst: { poolSize: e.ANALYST_POOL_SIZE, maxBytes: e.ANALYST_MAX_BYTES, graceMs: e.ANALYST_GRACE_MS },
    },
    external: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE }
      : undefined,
    local: {
      home: path.resolve(PROJECT_ROOT, e.LOCAL_NEO4J_HOME),
      boltPort: e.LOCAL_NEO4J_BOLT_PORT,
      heap: e.LOCAL_NEO4J_HEAP,
      pageCache: e.LOCAL_NEO4J_PAGECACHE,
      startTimeoutS: e.LOCAL_NEO4J_START_TIMEOUT_S,
      txMemory: e.LOCAL_NEO4J_TX_MEMORY ?? `${Math.floor(bytes(e.LOCAL_NEO4J_HEAP) / 4 / 1024 ** 2)}m`,
      txMemoryTotal: e.LOCAL_NEO4J_TX_MEMORY_TOTAL ?? `${Math.floor((bytes(e.LOCAL_NEO4J_HEAP) * 0.6) / 1024 ** 2)}m`,
    },
    database: e.NEO4J_DATABASE,
  };
}

/**
 * loadConfig with different defaults for some variables (e.g. the benchmark's own local Neo4j); the environment still
 * wins.
 */
export function loadConfigWithDefaults(defaults: Partial<Record<keyof Env, string>>): Config {
  return loadConfig({ ...defaults, ...process.env });
}
