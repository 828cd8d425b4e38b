import type { Database } from './db/driver';
import { CypherRunner } from './db/runner';

/** Everything a resolver may use for one request; built when the request begins, dropped after. */
export interface Context {
  db: CypherRunner;
  requestId: string;
}

/** Creates the per-request context (its own runner, so round trips are counted per request). */
export function createContext(database: Database, requestId: string): Context {
  return { db: new CypherRunner(database), requestId };
}
