import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../context';
import { AppError, badInput, ErrorCode } from '../../errors/errors';
import type { EntityKind as Kind } from '../../model/vocabulary';
import { EntityKind } from '../entity/entity.enum';
import { decodeChangeCursor, encodeChangeCursor } from '../history/history.cursor';
import { changeOf } from '../history/history.mapper';
import { Change, type ChangeRow } from '../history/history.type';
import type { ChangeFeed } from './change-feed';
import { isOverflow, type FeedOverflow } from './feed.subscription';

/** The most ids `around` may name: each change is checked against them in every subscriber's filter. */
export const MAX_AROUND = 100;

/** A subscription's context: the request context of its connection, and the process's change feed. */
export interface FeedContext extends Context {
  feed: ChangeFeed;
}

interface ChangesArgs {
  around?: string[] | null;
  kinds?: Kind[] | null;
  after?: string | null;
}

/** Opens a subscriber's stream: its filter (ids, kinds, the scope of its connection) and where it starts. */
async function subscribeToChanges({ args, context: ctx }: SubscribeResolverData<unknown, ChangesArgs, FeedContext>) {
  if (!ctx.feed) throw new AppError(ErrorCode.BAD_USER_INPUT, 'changes: subscribe over graphql-ws at /graphql');
  const after = args.after == null ? undefined : decodeChangeCursor(args.after, 'after');
  if (args.around && args.around.length > MAX_AROUND)
    throw badInput('around', `expected at most ${MAX_AROUND} ids, got ${args.around.length}`);
  const filter = {
    around: args.around?.length ? new Set(args.around) : undefined,
    kinds: args.kinds?.length ? new Set<string>(args.kinds) : undefined,
    scope: await ctx.scope(),
  };
  return ctx.feed.subscribe(filter, after);
}

@Resolver()
export class FeedResolver {
  @Subscription(() => Change, {
    subscribe: subscribeToChanges,
    description:
      'The change feed (graphql-ws at /graphql): every change after `after`, in the order it was committed, each once, as the viewer may see it. Resume after a disconnect by passing the cursor of the last change received',
  })
  changes(
    @Root() event: ChangeRow | FeedOverflow,
    @Arg('around', () => [ID], {
      nullable: true,
      description: `Only changes of these entities (the entity changed, or either end of a tie); at most ${MAX_AROUND}`,
    })
    _around?: string[],
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only changes of entities of these kinds' })
    _kinds?: Kind[],
    @Arg('after', () => String, {
      nullable: true,
      description: 'Start after this change: the cursor of a change (feed or history). Without it: from now',
    })
    _after?: string,
  ): Change {
    if (isOverflow(event)) {
      const { buffer, lastSeq } = event.overflow;
      throw new AppError(
        ErrorCode.RESOURCE_LIMIT,
        `changes: more than ${buffer} changes (FEED_BUFFER) waited for this subscriber, which reads too slowly; subscribe again with \`after\` set to the last cursor received`,
        { limit: 'FEED_BUFFER', max: buffer, after: encodeChangeCursor(lastSeq) },
      );
    }
    return changeOf(event);
  }
}
