import crypto from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import type { Context } from '../../context';
import { CypherRunner, type Params } from '../../db/runner';
import { AppError, badInput, ErrorCode } from '../../errors/errors';
import { requireEntities } from '../entity/entity.service';
import { TIMELESS, type TimeWindow } from '../time/window';
import type { AnalyticsGraph } from './analytics.type';
import type { VisibilityScope } from '../../auth/visibility';

export interface Projection {
  name: string;
  graph: AnalyticsGraph;
  /** Nothing to analyse (a region with no cooperation): the algorithms are not run. */
  empty: boolean;
  /** The ties projected: those overlapping this window (all of history when timeless). */
  window: TimeWindow;
  /** The viewer's: only ties it may see are projected (docs/access.md, "Visibility"). */
  scope: VisibilityScope;
}

let gdsVersion: string | undefined;

/** Network analytics run in Neo4j Graph Data Science; without the plugin they say so plainly. */
function unavailable(e: unknown): never {
  if (
    e instanceof Neo4jError &&
    /gds\.|Unknown function|ProcedureNotFound|no procedure/i.test(`${e.code} ${e.message}`)
  ) {
    throw new AppError(
      ErrorCode.FEATURE_UNAVAILABLE,
      'Network analytics need the Neo4j Graph Data Science plugin (2.13 for Neo4j 5.26) on the database server; the local Neo4j that npm start runs has it, and docker-compose.yml installs it',
    );
  }
  throw e;
}

/**
 * Projects the cooperation graph (all of it, or one region's) into the GDS catalog under a name of
 * its own, runs `work` on it and drops it whatever happens: requests never share or leak projections.
 */
export async function withProjection<T>(
  ctx: Context,
  region: string | null | undefined,
  work: (p: Projection) => Promise<T>,
  window: TimeWindow = TIMELESS,
): Promise<T> {
  const name = `pg-${crypto.randomUUID()}`;
  if (region) {
    const [r] = await requireEntities(ctx, [region]);
    if (r.kind !== 'Region') throw badInput('region', `expected the id of a region, got the ${r.kind} "${region}"`);
  }
  let rows: { nodeCount: number | null; relationshipCount: number | null }[];
  const scope = await ctx.scope();
  try {
    gdsVersion ??= (await ctx.db.read<{ version: string }>('analytics/gds-version'))[0]?.version;
    rows = region
      ? await ctx.db.read('analytics/project-region', { graphName: name, region, scope, ...window })
      : await ctx.db.read('analytics/project-all', { graphName: name, scope, ...window });
    const nodeCount = rows[0]?.nodeCount ?? 0;
    // GDS counts an undirected relationship once per direction.
    const graph = {
      nodeCount,
      pairCount: (rows[0]?.relationshipCount ?? 0) / 2,
      engine: `Neo4j Graph Data Science ${gdsVersion}`,
    };
    return await work({ name, graph, empty: nodeCount === 0, window, scope });
  } catch (e) {
    unavailable(e);
  } finally {
    await dropProjection(ctx, name);
  }
}

/**
 * Drops the projection whatever happened, even when the request's budget is spent (a projection whose
 * transaction timed out on the client may still have been registered by GDS): a runner of its own,
 * without the request's deadline, bounded by its own short timeout. A drop that fails is logged by
 * the caller's error, never thrown over it.
 */
async function dropProjection(ctx: Context, name: string): Promise<void> {
  const cleanup = new CypherRunner(ctx.db.db, { deadline: Date.now() + DROP_TIMEOUT_MS });
  try {
    await cleanup.read('analytics/drop', { graphName: name });
  } catch {
    // GDS missing, or the database down: nothing was (or can be) left in the catalog by this request.
  }
}

const DROP_TIMEOUT_MS = 10_000;

/** Runs a GDS algorithm query on a projection. */
export function stream<T>(ctx: Context, query: string, projection: Projection, params: Params): Promise<T[]> {
  return ctx.db.read<T>(query, {
    graphName: projection.name,
    ...projection.window,
    scope: projection.scope,
    ...params,
  });
}
