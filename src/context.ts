import type { Database } from './db/driver';
import { CypherRunner } from './db/runner';
import { createEntityLoaders, type EntityLoaders } from './modules/entity/entity.loaders';

/** Everything a resolver may use for one request; built when the request begins, dropped after. */
export interface Context {
  db: CypherRunner;
  loaders: EntityLoaders;
  requestId: string;
  /** What this request may do beyond reading (roles come with authentication; until then, switches). */
  access: Access;
}

export interface Access {
  analyst: boolean;
}

/** Creates the per-request context (its own runner, so round trips are counted per request). */
export function createContext(database: Database, requestId: string, queryTimeoutMs?: number, access: Access = { analyst: false }): Context {
  const db = new CypherRunner(database, queryTimeoutMs);
  return { db, loaders: createEntityLoaders(db), requestId, access };
}
