import type { GraphQLResolveInfo } from 'graphql';
import { fieldsOf } from '../entity/lookahead';

/** What a list request counts besides its page: each is work over the whole filtered set, done only when selected. */
export interface Counted {
  total: boolean;
  sectors: boolean;
  countries: boolean;
  kinds: boolean;
}

/** Everything counted (callers without a GraphQL selection, e.g. the benchmark's floor). */
export const COUNT_ALL: Counted = { total: true, sectors: true, countries: true, kinds: true };

/** The counts the selection of a connection field asks for: `totalCount` and the fields under `facets`. */
export function countedOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Counted {
  const counted: Counted = { total: false, sectors: false, countries: false, kinds: false };
  for (const field of info.fieldNodes.flatMap((n) => fieldsOf(n.selectionSet, info))) {
    if (field.name.value === 'totalCount') counted.total = true;
    if (field.name.value !== 'facets') continue;
    for (const facet of fieldsOf(field.selectionSet, info)) {
      const name = facet.name.value;
      if (name === 'sectors' || name === 'countries' || name === 'kinds') counted[name] = true;
    }
  }
  return counted;
}
