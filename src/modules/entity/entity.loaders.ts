import DataLoader from 'dataloader';
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
} from './entity.repository';
import type { EntityProps, RelationRow } from './entity.type';

export interface EntityLoaders {
  entity: DataLoader<string, EntityProps | null>;
  relations: DataLoader<RelationQuery, RelationRow[], string>;
  country: DataLoader<string, EntityProps | null>;
  located: DataLoader<LocatedQuery, EntityProps[], string>;
}

/** Per-request loaders: every lookup of one nesting level becomes one query (created per request, never shared). */
export function createEntityLoaders(db: CypherRunner): EntityLoaders {
  return {
    entity: new DataLoader(async (ids) => {
      const found = await findEntitiesByIds(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    relations: new DataLoader(
      async (queries) => {
        const found = await findRelations(db, queries);
        return queries.map((q) => found.get(relationKey(q))?.rels ?? []);
      },
      { cacheKeyFn: relationKey },
    ),
    country: new DataLoader(async (ids) => {
      const found = await findCountries(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    located: new DataLoader(
      async (queries) => {
        const found = await findLocated(db, queries);
        return queries.map((q) => found.get(locatedKey(q)) ?? []);
      },
      { cacheKeyFn: locatedKey },
    ),
  };
}
