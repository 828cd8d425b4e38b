import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { RELATION_TYPES } from '../../model/vocabulary';
import { Entity, Node, type EntityProps } from './entity.type';
import { RelationConnection, RelationEdge, type RelationRow } from './relation.type';
import { Source } from './kinds.type';
import { connectionSelection, relationsAhead } from './lookahead';
import { checkIds, loadExisting, lookupEntities, lookupEntity, relationConnection } from './entity.service';
import { RelationArgs } from './relation.args';
import { changesByIds, isChangeId } from '../history/history.service';
import type { Change } from '../history/history.type';

@Resolver(() => Entity)
export class EntityResolver {
  // Nullable: one unknown id in an aliased batch of lookups would otherwise null the whole response.
  @Query(() => Entity, { nullable: true, description: 'One entity by id; null when no entity has it' })
  entity(
    @Arg('id', () => ID, { description: 'The entity’s id' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityProps | null> {
    return lookupEntity(ctx, id, relationsAhead(info));
  }

  @Query(() => Node, {
    nullable: true,
    description: 'The object with this globally unique id (Relay); null when nothing has it',
  })
  node(
    @Arg('id', () => ID, { description: 'A Node’s id' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityProps | Change | null> {
    if (isChangeId(id)) return changesByIds(ctx, [id]).then((found) => found.get(id) ?? null);
    return this.entity(id, ctx, info);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'The objects with these ids (Relay), in the same order, null for an id nothing has; one round trip',
  })
  async nodes(
    @Arg('ids', () => [ID], { description: 'At most 100 ids' }) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<(EntityProps | Change | null)[]> {
    // Entities in one round trip; changes (change:<n>) in one more, only when some are asked for.
    const [entities, changes] = await Promise.all([
      lookupEntities(ctx, checkIds(ids), relationsAhead(info)),
      changesByIds(ctx, ids.filter(isChangeId)),
    ]);
    return ids.map((id, i) => changes.get(id) ?? entities[i]);
  }

  @FieldResolver(() => [Source], { description: 'The documents that state the facts about this entity' })
  sources(@Root() e: EntityProps, @Ctx() ctx: Context): Promise<EntityProps[]> {
    return loadExisting(ctx, e.sources as string[]);
  }

  @FieldResolver(() => RelationConnection, {
    description:
      'Relations of this entity, optionally of some kinds and one direction, ordered by the other end’s name',
  })
  relations(
    @Root() e: EntityProps,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => RelationArgs) args: RelationArgs,
  ): Promise<RelationConnection> {
    return relationConnection(
      ctx,
      e,
      args.kinds?.length ? args.kinds : RELATION_TYPES,
      args.direction,
      args,
      connectionSelection(info.fieldNodes, info),
    );
  }
}

@Resolver(() => RelationEdge)
export class RelationEdgeResolver {
  @FieldResolver(() => [Source], { description: 'The documents that state this tie' })
  sources(@Root() r: RelationRow, @Ctx() ctx: Context): Promise<EntityProps[]> {
    return loadExisting(ctx, r.sources);
  }
}
