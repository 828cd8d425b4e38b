import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { changes, timeline } from './time.service';
import { Changes, Timeline } from './time.type';

@Resolver()
export class TimeResolver {
  @Query(() => Changes, {
    description:
      'The cooperation ties an entity gained and lost between two days (both included), each with its date, the other end, the relation and its sources',
  })
  changes(
    @Ctx() ctx: Context,
    @Arg('around', () => ID, { description: 'The entity whose ties changed' }) around: string,
    @Arg('from', { description: 'First day of the period (YYYY-MM-DD)' }) from: string,
    @Arg('to', { description: 'Last day of the period (YYYY-MM-DD)' }) to: string,
  ): Promise<Changes> {
    return changes(ctx, around, from, to);
  }

  @Query(() => Timeline, {
    description: 'An entity’s cooperation year by year: new partners, active projects and events',
  })
  timeline(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The entity' }) id: string): Promise<Timeline> {
    return timeline(ctx, id);
  }
}
