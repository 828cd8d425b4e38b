import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import type { EntityKind as Kind } from '../../model/vocabulary';
import { EntityKind } from '../entity/entity.enum';
import { search } from './search.service';
import { SearchHit } from './search.type';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Ranked full-text search over names, aliases, acronyms and descriptions; insensitive to case and diacritics, tolerant of one typo in longer words',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('query', { description: 'Words to find; Lucene syntax is escaped, so any text is safe' }) query: string,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only entities of these kinds' }) kinds?: Kind[],
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many hits, 1 to 100' }) first = 10,
  ): Promise<SearchHit[]> {
    return search(ctx, query, kinds, first);
  }
}
