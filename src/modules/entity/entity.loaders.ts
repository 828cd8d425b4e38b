import DataLoader from 'dataloader';
import { PUBLIC_SCOPE, type VisibilityScope } from '../../auth/visibility';
import type { CypherRunner } from '../../db/runner';
import {
  findCountries,
  findEntitiesByIds,
  findLocated,
  findRelations,
  locatedKey,
  relationKey,
  type LocatedQuery,
  type RelationQuery,
  type RelationsRow,
} from './entity.repository';
import type { EntityProps } from './entity.type';

/** A page of relations as the loader answers it (see RelationsRow). */
export type RelationPage = Omit<RelationsRow, 'e'>;
// An entity deleted since the query that found its id: no relations.
const NO_RELATIONS: RelationPage = { rels: [], total: 0 };

export interface EntityLoaders {
  entity: DataLoader<string, EntityProps | null>;
  relations: DataLoader<RelationQuery, RelationPage, string>;
  country: DataLoader<string, EntityProps | null>;
  located: DataLoader<LocatedQuery, EntityProps[], string>;
}

/**
 * A loader over a batch lookup that answers with a map by key: each requested key gets `pick` of its entry (the
 * lookups differ only in the query and in what a missing entry stands for).
 */
function batched<K, F, V>(
  find: (keys: readonly K[]) => Promise<Map<string, F>>,
  key: (k: K) => string,
  pick: (found: F | undefined) => V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const found = await find(keys);
      return keys.map((k) => pick(found.get(key(k))));
    },
    { cacheKeyFn: key },
  );
}

const byId = (id: string) => id;
const orNull = <T>(found: T | null | undefined): T | null => found ?? null;

/**
 * Per-request loaders: every lookup of one nesting level becomes one query (created per request, never shared:
 * relation pages depend on the viewer's `scope`, which their keys do not hold).
 */
export function createEntityLoaders(
  db: CypherRunner,
  scope: () => Promise<VisibilityScope> = () => Promise.resolve(PUBLIC_SCOPE),
): EntityLoaders {
  return {
    entity: batched((ids) => findEntitiesByIds(db, ids), byId, orNull),
    relations: batched(
      async (queries) => findRelations(db, queries, await scope()),
      relationKey,
      (found) => found ?? NO_RELATIONS,
    ),
    country: batched((ids) => findCountries(db, ids), byId, orNull),
    located: batched(
      (queries) => findLocated(db, queries),
      locatedKey,
      (found) => found ?? [],
    ),
  };
}
