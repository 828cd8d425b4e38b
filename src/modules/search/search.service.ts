import type { Context } from '../../context';
import { checkIntRange } from '../../errors/errors';
import { fold } from '../../model/text';
import type { EntityKind } from '../../model/vocabulary';
import { searchQuery } from './lucene';
import { findEntities, type SearchRow } from './search.repository';
import type { SearchHit } from './search.type';

export const MAX_SEARCH_RESULTS = 100;

/** Ranked full-text search: exact name or alias matches first, then Lucene's score. */
export async function search(
  ctx: Context,
  query: string,
  kinds: EntityKind[] | undefined,
  first: number,
): Promise<SearchHit[]> {
  checkIntRange('first', first, 1, MAX_SEARCH_RESULTS);
  const lucene = searchQuery('query', query);
  // Fetch a few more than asked: exact name/alias matches are moved up before cutting to `first`.
  const rows = await findEntities(ctx.db, lucene, kinds, first + 20);
  for (const r of rows) ctx.loaders.entity.prime(r.e.id, r.e);
  return rankExactFirst(query, rows).slice(0, first);
}

/**
 * Lucene normalises scores by field length, so an entity with many aliases loses to one whose short
 * name merely contains the words. An exact name or alias match is what a user typing a name means:
 * such hits get the best score plus their own, keeping their relative order.
 */
export function rankExactFirst(query: string, rows: SearchRow[]): SearchHit[] {
  const q = fold(query)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const same = (s: string) =>
    fold(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim() === q;
  const top = rows.reduce((m, r) => Math.max(m, r.score), 0);
  return rows
    .map((r) => ({
      entity: r.e,
      score: [r.e.name, ...((r.e.aliases as string[]) ?? [])].some(same) ? top + r.score : r.score,
    }))
    .sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
}
