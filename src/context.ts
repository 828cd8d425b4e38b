import type { Database } from './db/driver';
import { CypherRunner } from './db/runner';
import { createEntityLoaders, type EntityLoaders } from './modules/entity/entity.loaders';

/** Everything a resolver may use for one request; built when the request begins, dropped after. */
export interface Context {
  db: CypherRunner;
  loaders: EntityLoaders;
  requestId: string;
}

/** Creates the per-request context (its own runner, so round trips are counted per request). */
export function createContext(database: Database, requestId: string, queryTimeoutMs?: number): Context {
  const db = new CypherRunner(database, queryTimeoutMs);
  return { db, loaders: createEntityLoaders(db), requestId };
}
