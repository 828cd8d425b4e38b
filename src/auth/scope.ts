import type { CypherRunner } from '../db/runner';
import type { Viewer } from './roles';
import { PUBLIC_SCOPE, seesAll, type VisibilityScope } from './visibility';

// Apart from visibility.ts because it runs Cypher: src/db/cypher.ts expands {{VISIBLE(r)}} with
// visibility.ts, so that file must not depend on the runner (an import circle).

/**
 * The viewer's scope: admins see all; so do analysts acting for no organisation (platform staff: their raw
 * Cypher reads every tie anyway, docs/analyst.md); an organisation sees its own ties and its groups' PARTNERS ties.
 */
export async function scopeOf(db: CypherRunner, viewer: Viewer): Promise<VisibilityScope> {
  if (seesAll(viewer)) return { all: true, own: [], partners: [] };
  if (!viewer.org) return PUBLIC_SCOPE;
  const [row] = await db.read<{ ids: string[] }>('access/memberships', { org: viewer.org });
  return { all: false, own: [viewer.org], partners: [viewer.org, ...(row?.ids ?? [])] };
}
