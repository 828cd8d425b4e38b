import { TIE_VISIBILITIES } from '../auth/visibility';
import { COOPERATION_RELATIONS, type RelationType } from '../model/vocabulary';

/**
 * What is wrong with a relation record's `visibility`, or undefined. Only cooperation ties may be hidden: place,
 * topic, funding and ranking ties are facts about an entity, and entities are public (docs/access.md) — which also
 * keeps the filters on the read paths that use them (list facets, match features, brokers' sides) unneeded.
 */
export function visibilityProblem(type: RelationType, v: unknown): string | undefined {
  if (!(TIE_VISIBILITIES as readonly unknown[]).includes(v))
    return `expected one of ${TIE_VISIBILITIES.join(', ')}, got ${JSON.stringify(v)}`;
  if (v !== 'PUBLIC' && !COOPERATION_RELATIONS.includes(type))
    return `only cooperation relations (${COOPERATION_RELATIONS.join(', ')}) can be ${String(v)}; ${type} is always PUBLIC`;
  return undefined;
}
