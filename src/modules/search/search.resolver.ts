import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { checkIntRange } from '../../errors/errors';
import type { EntityKind as Kind } from '../../model/vocabulary';
import { EntityKind } from '../entity/entity.enums';
import type { EntityProps } from '../entity/entity.type';
import { fold } from '../../model/text';
import { searchQuery } from './lucene';
import { SearchHit } from './search.type';

export const MAX_SEARCH_RESULTS = 100;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Ranked full-text search over names, aliases, acronyms and descriptions; insensitive to case and diacritics, tolerant of one typo in longer words',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('query') query: string,
    @Arg('kinds', () => [EntityKind], { nullable: true }) kinds?: Kind[],
    @Arg('first', () => Int, { defaultValue: 10 }) first = 10,
  ): Promise<SearchHit[]> {
    checkIntRange('first', first, 1, MAX_SEARCH_RESULTS);
    const lucene = searchQuery('query', query);
    // Fetch a few more than asked: exact name/alias matches are moved up before cutting to `first`.
    const rows = await ctx.db.read<{ e: EntityProps; score: number }>('search/entities', { query: lucene, kinds: kinds?.length ? kinds : null, first: first + 20 });
    for (const r of rows) ctx.loaders.entity.prime(r.e.id, r.e);
    return rankExactFirst(query, rows).slice(0, first);
  }
}

/**
 * Lucene normalises scores by field length, so an entity with many aliases loses to one whose short
 * name merely contains the words. An exact name or alias match is what a user typing a name means:
 * such hits get the best score plus their own, keeping their relative order.
 */
export function rankExactFirst(query: string, rows: { e: EntityProps; score: number }[]): SearchHit[] {
  const q = fold(query).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const same = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === q;
  const top = rows.reduce((m, r) => Math.max(m, r.score), 0);
  return rows
    .map((r) => ({ entity: r.e, score: [r.e.name, ...((r.e.aliases as string[]) ?? [])].some(same) ? top + r.score : r.score }))
    .sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
}
