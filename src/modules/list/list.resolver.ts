import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, Args, Ctx, Field, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ENTITY_KINDS } from '../../model/vocabulary';
import { Entity } from '../entity/entity.type';
import { KIND_TYPES } from '../entity/kinds.type';
import { defineResolverMethod } from '../entity/resolver-method';
import { countedOf } from './list.counted';
import { checkKindFilter, listEntities, type ConnectionShape } from './list.service';
import { connectionOf, EntityFilter, EntityOrder, OrderDirection } from './list.type';

@ArgsType()
class ListArgs {
  @Field(() => EntityFilter, { nullable: true, description: 'Which entities; all given conditions must hold' })
  filter?: EntityFilter;

  @Field(() => EntityOrder, { defaultValue: EntityOrder.NAME, description: 'What the list is ordered by' })
  orderBy: EntityOrder;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Which way' })
  direction: OrderDirection;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' }) first: number;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page' }) after?: string;
}

const EntityConnection = connectionOf(Entity, 'Entity');

@Resolver()
export class ListResolver {
  @Query(() => EntityConnection, {
    description: 'Entities of several kinds (filter.kinds; all but sources by default)',
  })
  entities(@Ctx() ctx: Context, @Args() args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape> {
    const kinds = args.filter?.kinds?.length ? args.filter.kinds : ENTITY_KINDS.filter((k) => k !== 'Source');
    return listEntities(ctx, kinds, args, countedOf(info));
  }
}

// clusters, organisations…: one list per kind of the vocabulary, each with its own connection type.
for (const kind of ENTITY_KINDS) {
  const list = (ctx: Context, args: ListArgs, info: GraphQLResolveInfo): Promise<ConnectionShape> => {
    checkKindFilter([kind], args.filter);
    return listEntities(ctx, [kind], args, countedOf(info));
  };
  const connection = connectionOf(KIND_TYPES[kind], kind);
  const description = `${kind}s, a page at a time`;
  defineResolverMethod(
    ListResolver,
    `${kind.toLowerCase()}s`,
    list,
    Query(() => connection, { description }),
    [Ctx(), Args(() => ListArgs), Info()],
  );
}
