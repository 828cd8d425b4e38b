import { maySeeTie, type VisibilityScope } from '../../auth/visibility';
import type { ChangeRow } from '../history/history.type';

/** What one subscriber wants to receive, and what it may see. */
export interface FeedFilter {
  /** Changes of these entities only: the entity changed, or either end of a tie (none: every entity). */
  around?: ReadonlySet<string>;
  /** Changes of entities of these kinds only (`kind`: a tie's start). */
  kinds?: ReadonlySet<string>;
  /** The subscriber's scope, computed when its connection was authenticated. */
  scope: VisibilityScope;
}

/**
 * Whether a change reaches a subscriber. Entities are public; a tie's change is seen by whoever may see the tie
 * (its `visibility` is the more restrictive of before and after, so a tie made PRIVATE is never announced to those
 * who could see it PUBLIC a moment earlier).
 */
export function matches(filter: FeedFilter, change: ChangeRow): boolean {
  const other = change.other ?? null;
  if (filter.around && !filter.around.has(change.entity) && !(other !== null && filter.around.has(other))) return false;
  if (filter.kinds && !filter.kinds.has(change.kind)) return false;
  return other === null || maySeeTie(filter.scope, change.entity, other, change.visibility ?? null);
}
