import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { countedOf } from '../list/list.counted';
import { historyOf, MAX_HISTORY_PAGE } from './history.service';
import { ChangeConnection } from './history.type';

@Resolver()
export class HistoryResolver {
  @Query(() => ChangeConnection, {
    description:
      'What happened to an entity, newest first: its own changes and those of its ties (who, when, each field before and after). Deleted and purged entities keep their history; an unknown id has an empty one',
  })
  history(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { description: 'The entity' }) id: string,
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_HISTORY_PAGE}` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge of the previous page' })
    after?: string,
  ): Promise<ChangeConnection> {
    return historyOf(ctx, id, first, after, countedOf(info).total);
  }
}
