import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { RELATION_TYPES, type RelationType } from '../../model/vocabulary';
import { Direction, RelationKind } from './entity.enum';
import { Entity, Relation, type EntityProps, type RelationRow } from './entity.type';
import { Source } from './kinds.type';
import { nodeProjection, relationsAhead } from './lookahead';
import { loadExisting, lookupEntity, relationsOf } from './entity.service';

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { description: 'One entity by id; NOT_FOUND when no entity has it' })
  entity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<EntityProps> {
    return lookupEntity(ctx, id, relationsAhead(info));
  }

  @FieldResolver(() => [Source], { description: 'The documents that state the facts about this entity' })
  sources(@Root() e: EntityProps, @Ctx() ctx: Context): Promise<EntityProps[]> {
    return loadExisting(ctx, e.sources as string[]);
  }

  @FieldResolver(() => [Relation], {
    description:
      'Relations of this entity, optionally of some kinds and one direction, ordered by the other end’s name',
  })
  relations(
    @Root() e: EntityProps,
    @Ctx() ctx: Context,
    @Arg('kinds', () => [RelationKind], { nullable: true }) kinds?: RelationType[],
    @Arg('direction', () => Direction, { defaultValue: Direction.BOTH }) direction: Direction = Direction.BOTH,
    @Arg('first', () => Int, { defaultValue: 100 }) first = 100,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<RelationRow[]> {
    return relationsOf(
      ctx,
      e,
      kinds?.length ? kinds : RELATION_TYPES,
      direction,
      first,
      info && nodeProjection(info.fieldNodes, info),
    );
  }
}

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => [Source], { description: 'The documents that state this tie' })
  sources(@Root() r: RelationRow, @Ctx() ctx: Context): Promise<EntityProps[]> {
    return loadExisting(ctx, r.sources);
  }
}
