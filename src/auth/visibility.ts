import type { CypherRunner } from '../db/runner';
import type { Viewer } from './roles';

/** Who may see a tie (docs/access.md). Stored as the `visibility` property; absent means PUBLIC. */
export const TIE_VISIBILITIES = ['PUBLIC', 'PARTNERS', 'PRIVATE'] as const;
export type TieVisibility = (typeof TIE_VISIBILITIES)[number];

/**
 * The ties a viewer may see, as one parameter (`$scope`) that every read statement takes. In Cypher, a tie `r`
 * is visible when
 *   r.visibility IS NULL OR $scope.all
 *   OR (r.visibility = 'PARTNERS' AND (startNode(r).id IN $scope.partners OR endNode(r).id IN $scope.partners))
 *   OR (r.visibility = 'PRIVATE' AND (startNode(r).id IN $scope.own OR endNode(r).id IN $scope.own))
 * which is `maySeeTie` below (the JS form, for the change feed and the tests' oracle).
 */
export interface VisibilityScope {
  /** Admins see every tie. */
  all: boolean;
  /** Ends whose PRIVATE ties the viewer sees: its own organisation. */
  own: string[];
  /** Ends whose PARTNERS ties the viewer sees: its organisation and the entities it is a member of. */
  partners: string[];
}

/** What an anonymous caller, or one acting for no organisation, sees: PUBLIC ties only. */
export const PUBLIC_SCOPE: VisibilityScope = Object.freeze({ all: false, own: [], partners: [] });

/** Whether a tie between `from` and `to` with this visibility (null: PUBLIC) is visible in `scope`. */
export function maySeeTie(scope: VisibilityScope, from: string, to: string, visibility?: string | null): boolean {
  if (!visibility || visibility === 'PUBLIC' || scope.all) return true;
  const ends = visibility === 'PRIVATE' ? scope.own : scope.partners;
  return ends.includes(from) || ends.includes(to);
}

/** The viewer's scope: admins see all; an organisation sees its own ties and its groups' PARTNERS ties. */
export async function scopeOf(db: CypherRunner, viewer: Viewer): Promise<VisibilityScope> {
  if (viewer.roles.includes('admin')) return { all: true, own: [], partners: [] };
  if (!viewer.org) return PUBLIC_SCOPE;
  const [row] = await db.read<{ ids: string[] }>('access/memberships', { org: viewer.org });
  return { all: false, own: [viewer.org], partners: [viewer.org, ...(row?.ids ?? [])] };
}
