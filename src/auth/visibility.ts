import type { Viewer } from './roles';

/** Who may see a tie (docs/access.md). Stored as the `visibility` property; absent means PUBLIC. */
export const TIE_VISIBILITIES = ['PUBLIC', 'PARTNERS', 'PRIVATE'] as const;
export type TieVisibility = (typeof TIE_VISIBILITIES)[number];

/**
 * The ties a viewer may see, as one parameter (`$scope`) that every read statement takes. In Cypher, a tie `r`
 * is visible when
 *   r.visibility IS NULL OR $scope.all
 *   OR (r.visibility = 'PARTNERS' AND either end is in $scope.own or has a member in it)
 *   OR (r.visibility = 'PRIVATE' AND either end is in $scope.own)
 * which is `maySeeTie` below (the JS form, for the change feed and the tests' oracle; it reads the memberships
 * from `partners`, which scopeOf fills).
 */
export interface VisibilityScope {
  /** Admins see every tie. */
  all: boolean;
  /** Ends whose PRIVATE ties the viewer sees: its own organisation. */
  own: string[];
  /**
   * Ends whose PARTNERS ties the viewer sees: its organisation and the entities it is a member of (scopeOf
   * looks them up for maySeeTie; a request's scope holds only the organisation, its statements check membership).
   */
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
 * How much of the rule a statement needs, known from its `$scope` before it runs: every tie (`all`), PUBLIC ties
 * only (`public`: no organisation), or the whole rule (`org`). Each is a separate statement text, so each gets a
 * plan of its own: the membership EXISTS tripled the time Neo4j took to plan the matches statement (EXPLAIN after
 * clearing the query caches, demo data, 2 cores under load: 13–24 s with it, 5.4 s without), and only
 * organisations' requests need it. Without a scope (tools, tests) the whole rule, which holds for any `$scope`.
 */
export type VisibilityVariant = 'all' | 'public' | 'org';

export function visibilityVariant(scope: VisibilityScope | undefined): VisibilityVariant {
  if (!scope) return 'org';
  if (scope.all) return 'all';
  return scope.own.length ? 'org' : 'public';
}

/**
 * The Cypher twin of maySeeTie for the tie variable `r`, written into statements as `{{VISIBLE(r)}}`
 * (src/db/cypher.ts): every read path filters with this one text, reduced for the variants where `$scope`
 * settles part of it. Most ties are PUBLIC (no property), so the first test decides and the lists are not
 * looked at.
 */
export function visibleTieCypher(r: string, variant: VisibilityVariant = 'org'): string {
  if (variant === 'all') return 'true';
  if (variant === 'public') return `(${r}.visibility IS NULL OR ${r}.visibility = 'PUBLIC')`;
  // Membership is checked here, not looked up per request: a PARTNERS tie is rare, and the EXISTS runs only
  // for one, where a lookup of the caller's groups cost every request of an organisation a round trip
  // (lookupDepth1 1.16 -> 2.60 of the floor on S, docs/performance.md). This shape plans slowly (the matches
  // statement in 30–57 s at a load average of 19, only organisations' requests pay it, once per plan) but runs
  // lean: naming the ends outside any(), as an EXISTS or a COUNT, planned in half the time and read 25 % more
  // (matches on M: 157,944 db hits against 126,097; 93,642 without the check; tools/bench/visibility-cost.ts).
  // Its variables are named so that no statement's own can be captured: a subquery that names an outer
  // variable matches it (`e`, the entity in entity/relations, hid every PARTNERS tie from members in a trial).
  return (
    `(${r}.visibility IS NULL OR $scope.all OR ${r}.visibility = 'PUBLIC' OR ` +
    `any(visEnd IN [startNode(${r}), endNode(${r})] WHERE visEnd.id IN $scope.own OR ` +
    `(${r}.visibility = 'PARTNERS' AND EXISTS { (visEnd)<-[:MEMBER_OF]-(visMember:Entity) ` +
    `WHERE visMember.id IN $scope.own })))`
  );
}

/**
 * The same rule for a recorded change of a tie (a `(:Change)` with `entity`, `other` and the more restricted
 * `visibility` of its tie), written into statements as `{{VISIBLE_CHANGE(c)}}`: history, node(id).
 */
export function visibleChangeCypher(c: string, variant: VisibilityVariant = 'org'): string {
  if (variant === 'all') return 'true';
  if (variant === 'public') return `(${c}.visibility IS NULL)`;
  return (
    `(${c}.visibility IS NULL OR $scope.all OR ${c}.entity IN $scope.own OR ${c}.other IN $scope.own OR ` +
    `(${c}.visibility = 'PARTNERS' AND EXISTS { MATCH (visMember:Entity)-[:MEMBER_OF]->(visGroup:Entity) ` +
    `WHERE visMember.id IN $scope.own AND visGroup.id IN [${c}.entity, ${c}.other] }))`
  );
}

/**
 * The scope of a request, without a database call: its organisation's memberships (`partners`) are left to
 * the statements, which check them in `{{VISIBLE(r)}}`. The JS form (maySeeTie) needs them: use scopeOf.
 */
export function requestScope(viewer: Viewer): VisibilityScope {
  if (seesAll(viewer)) return { all: true, own: [], partners: [] };
  if (!viewer.org) return PUBLIC_SCOPE;
  return { all: false, own: [viewer.org], partners: [viewer.org] };
}

/** Whether a scope sees every tie (admins; analysts acting for no organisation, docs/analyst.md). */
export const seesAll = (viewer: Viewer): boolean =>
  viewer.roles.includes('admin') || (viewer.permissions.has('analyse') && !viewer.org);
