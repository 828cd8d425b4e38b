import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { countedOf } from '../list/list.counted';
import { HistoryArgs } from './history.args';
import { historyOf } from './history.service';
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
    @Args(() => HistoryArgs) { id, first, after }: HistoryArgs,
  ): Promise<ChangeConnection> {
    return historyOf(ctx, id, first, after, countedOf(info).total);
  }
}
