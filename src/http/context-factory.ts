import neo4j from 'neo4j-driver';
import { viewerOf, type Viewer } from '../auth/roles';
import { requestScope, type VisibilityScope } from '../auth/visibility';
import type { Context } from '../context';
import type { Database } from '../db/driver';
import { CypherRunner } from '../db/runner';
import { createEntityLoaders } from '../modules/entity/entity.loaders';

/** What the HTTP layer knows about a request before any resolver runs. */
export interface RequestScope {
  requestId: string;
  viewer: Viewer;
  /** The request's time budget in ms (each database call gets what is left as its transaction timeout). */
  timeBudgetMs?: number;
  /** Bookmarks the client sent back from an earlier request (header x-neo4j-bookmarks). */
  bookmarks?: string[];
  /** When the HTTP request arrived (performance.now()). */
  receivedAt?: number;
}

/** Creates the per-request context (its own runner, so round trips are counted per request). */
export function createContext(database: Database, scope: Partial<RequestScope> = {}): Context {
  const bookmarks = neo4j.bookmarkManager({ initialBookmarks: scope.bookmarks ?? [] });
  const deadline = scope.timeBudgetMs === undefined ? undefined : Date.now() + scope.timeBudgetMs;
  const requestId = scope.requestId ?? 'internal';
  // The operation is named once the document is parsed (see http/operation-tag).
  const db = new CypherRunner(database, { deadline, bookmarks, metadata: { requestId, operation: 'graphql' } });
  const viewer = scope.viewer ?? viewerOf('internal', 'internal', ['admin']);
  let visible: Promise<VisibilityScope> | undefined;
  const scopeOfViewer = () => (visible ??= Promise.resolve(requestScope(viewer)));
  return {
    db,
    loaders: createEntityLoaders(db, scopeOfViewer),
    requestId,
    viewer,
    scope: scopeOfViewer,
    bookmarks: async () => [...(await bookmarks.getBookmarks())],
    deadline,
    receivedAt: scope.receivedAt,
  };
}
