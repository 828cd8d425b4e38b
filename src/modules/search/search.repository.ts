import type { CypherRunner } from '../../db/runner';
import type { EntityKind } from '../../model/vocabulary';
import type { EntityProps } from '../entity/entity.type';

/** Rows of cypher/search/entities: an entity and its full-text score. */
export interface SearchRow {
  e: EntityProps;
  score: number;
}

/** The `first` best full-text matches of a Lucene query (kinds null or empty: every kind). */
export function findEntities(
  db: CypherRunner,
  lucene: string,
  kinds: readonly EntityKind[] | null | undefined,
  first: number,
): Promise<SearchRow[]> {
  return db.read<SearchRow>('search/entities', { query: lucene, kinds: kinds?.length ? kinds : null, first });
}
