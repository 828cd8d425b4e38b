import path from 'node:path';
import { z } from 'zod';

/** Repository root (one level above src/ or dist/src/). */
export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const size = z.string().regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 2g');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_ON_EMPTY: bool.default(true),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  ANALYST_QUERIES: bool.default(false),

  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'expected a neo4j:// or bolt:// URI').optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),

  LOCAL_NEO4J_HOME: z.string().min(1).default('.neo4j/dev'),
  LOCAL_NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  LOCAL_NEO4J_HEAP: size.default('2g'),
  LOCAL_NEO4J_PAGECACHE: size.default('2g'),
  LOCAL_NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5).max(900).default(180),
});

export type Env = z.infer<typeof schema>;

/** Settings of the local Neo4j that the project starts when NEO4J_URI is not set. */
export interface LocalNeo4jConfig {
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  startTimeoutS: number;
}

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  seedOnEmpty: boolean;
  /** Transaction timeout of every database call an API request makes. */
  queryTimeoutMs: number;
  /** Whether analystQuery and runAnalysis are open (until roles exist, a switch that is off by default). */
  analystQueries: boolean;
  /** Set when the user points us at their own Neo4j; then nothing is started locally. */
  external?: { uri: string; username: string; password: string; database: string };
  local: LocalNeo4jConfig;
  database: string;
}

export class ConfigError extends Error {}

/** The only reader of process.env: validates everything and lists every bad variable at once. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(source[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError('Invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set');
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    seedOnEmpty: e.SEED_ON_EMPTY,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    analystQueries: e.ANALYST_QUERIES,
    external: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE }
      : undefined,
    local: {
      home: path.resolve(PROJECT_ROOT, e.LOCAL_NEO4J_HOME),
      boltPort: e.LOCAL_NEO4J_BOLT_PORT,
      heap: e.LOCAL_NEO4J_HEAP,
      pageCache: e.LOCAL_NEO4J_PAGECACHE,
      startTimeoutS: e.LOCAL_NEO4J_START_TIMEOUT_S,
    },
    database: e.NEO4J_DATABASE,
  };
}

/** loadConfig with different defaults for some variables (e.g. the benchmark's own local Neo4j); the environment still wins. */
export function loadConfigWithDefaults(defaults: Partial<Record<keyof Env, string>>): Config {
  return loadConfig({ ...defaults, ...process.env });
}
