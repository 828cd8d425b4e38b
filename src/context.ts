import type { Viewer } from './auth/roles';
import type { VisibilityScope } from './auth/visibility';
import type { CypherRunner } from './db/runner';
import type { EntityLoaders } from './modules/entity/entity.loaders';

// The type only: resolvers and services depend on what a context holds, not on how one is made
// (src/http/context-factory.ts, which needs the loaders and the runner themselves).

/** Everything a resolver may use for one request; built when the request begins, dropped after. */
export interface Context {
  db: CypherRunner;
  loaders: EntityLoaders;
  requestId: string;
  /** Who is asking and what their roles allow. */
  viewer: Viewer;
  /** Which ties the viewer may see (looked up once per request): the `$scope` of every read statement. */
  scope(): Promise<VisibilityScope>;
  /** Bookmarks of this request's database work; sent back to the client so its next request reads its writes. */
  bookmarks(): Promise<string[]>;
  /** When the request's time budget runs out (ms since the epoch), if it has one. */
  deadline?: number;
  /** When the HTTP request arrived (performance.now()), for its duration and Server-Timing. */
  receivedAt?: number;
  /** Set while a heavy request holds an admission slot: gives the slot back (see http/admission). */
  admitted?: () => void;
}
