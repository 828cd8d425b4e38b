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

/**
 * The Cypher twin of maySeeTie for the tie variable `r`, written into statements as `{{VISIBLE(r)}}`
 * (src/db/cypher.ts): every read path filters with this one text. Most ties are PUBLIC (no property),
 * so the first test decides and the lists are not looked at.
 */
export function visibleTieCypher(r: string): string {
  return (
    `(${r}.visibility IS NULL OR ${r}.visibility = 'PUBLIC' OR $scope.all OR ` +
    `any(end IN [startNode(${r}).id, endNode(${r}).id] WHERE end IN ` +
    `CASE ${r}.visibility WHEN 'PRIVATE' THEN $scope.own ELSE $scope.partners END))`
  );
}

/** Whether a scope sees every tie (admins; analysts acting for no organisation, docs/analyst.md). */
export const seesAll = (viewer: Viewer): boolean =>
  viewer.roles.includes('admin') || (viewer.permissions.has('analyse') && !viewer.org);
