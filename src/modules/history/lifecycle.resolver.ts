import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Entity, type EntityProps } from '../entity/entity.type';
import { DetachedRelation } from '../mutation/mutation.resolver';
import type { Detached } from '../mutation/mutation.service';
import { purgeEntity, restoreEntity } from './lifecycle.service';

@ObjectType({ simpleResolvers: true, description: 'What a restore gave back' })
class RestoreResult {
  @Field(() => Entity, { description: 'The restored entity, as it was when deleted' }) entity: EntityProps;
  @Field(() => [DetachedRelation], { description: 'Its ties, created again with their properties' })
  restored: Detached[];

  @Field(() => [DetachedRelation], {
    description: 'Ties whose other end is deleted too: kept with that entity, they come back when it is restored',
  })
  waiting: Detached[];

  @Field(() => [DetachedRelation], {
    description: 'Ties not restored: their other end was purged, or its id now names an entity of another kind',
  })
  dropped: Detached[];
}

@ObjectType({ simpleResolvers: true, description: 'What a purge removed' })
class PurgeResult {
  @Field(() => ID, { description: 'The purged entity’s id' }) id: string;
  @Field(() => Int, { description: 'Recorded changes of it and its ties whose values were erased' })
  redactedChanges: number;
}

/** Undoing or finalising a delete is the admin's decision (checked in the service: FORBIDDEN for editors). */
@Authorized('write')
@Resolver()
export class LifecycleResolver {
  @Mutation(() => RestoreResult, {
    description:
      'Admin: brings a deleted entity back with its ties (CONFLICT when its id was taken again since, NOT_FOUND when nothing of that id is deleted)',
  })
  restoreEntity(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The deleted entity' }) id: string,
  ): Promise<RestoreResult> {
    return restoreEntity(ctx, id);
  }

  @Mutation(() => PurgeResult, {
    description:
      'Admin: removes an entity for good (deleting it first when it is live) and erases the values of its recorded changes; the history keeps a PURGE record',
  })
  async purgeEntity(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The entity' }) id: string,
  ): Promise<PurgeResult> {
    const r = await purgeEntity(ctx, id);
    return { id: r.id, redactedChanges: r.redacted };
  }
}
