import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { TIE_FIELD_DESCRIPTIONS as TIE } from '../../model/glossary';
import { ENTITY_KINDS, type RelationType } from '../../model/vocabulary';
import { Direction, RelationKind } from '../entity/entity.enum';
import { Entity, type EntityProps } from '../entity/entity.type';
import { KIND_TYPES } from '../entity/kinds.type';
import { defineResolverMethod } from '../entity/resolver-method';
import { KIND_INPUTS, LinkInput, UnlinkInput, type EntityInput } from './mutation.input';
import { deleteEntity, link, unlink, upsertEntity, type Detached } from './mutation.service';

@ObjectType({ simpleResolvers: true, description: 'The relationship a link created or updated' })
class LinkResult {
  @Field(() => RelationKind, { description: TIE.kind }) kind: RelationType;
  @Field(() => Entity, { description: 'The entity the relationship starts at' }) from: EntityProps;
  @Field(() => Entity, { description: 'The entity the relationship points to' }) to: EntityProps;
}

@ObjectType({ simpleResolvers: true, description: 'A relationship removed with a deleted entity' })
export class DetachedRelation {
  @Field(() => RelationKind, { description: TIE.kind }) kind: RelationType;
  @Field(() => Direction, { description: 'As seen from the deleted entity' }) direction: Direction;
  @Field(() => ID, { description: 'The entity at the other end' }) other: string;
}

@ObjectType({ simpleResolvers: true, description: 'What a delete removed' })
class DeleteResult {
  @Field(() => ID, { description: 'The deleted entity’s id' }) id: string;
  @Field(() => Int, { description: 'How many relationships were removed with it' }) detachedCount: number;
  @Field(() => [DetachedRelation], { description: 'The relationships removed with it' }) detached: Detached[];
}

/** Every mutation needs the editor (or admin) role. */
@Authorized('write')
@Resolver()
export class MutationResolver {
  @Mutation(() => LinkResult, {
    description: 'Creates or updates the relationship (from, kind, to) with its properties',
  })
  link(@Ctx() ctx: Context, @Arg('input', { description: 'The relationship and its properties' }) input: LinkInput) {
    return link(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes the relationship (from, kind, to); false when there was none' })
  unlink(@Ctx() ctx: Context, @Arg('input', { description: 'The relationship' }) input: UnlinkInput) {
    return unlink(ctx, input);
  }

  @Mutation(() => DeleteResult, { description: 'Deletes an entity and reports the relationships detached with it' })
  async deleteEntity(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The entity' }) id: string,
  ): Promise<DeleteResult> {
    const r = await deleteEntity(ctx, id);
    return { id: r.entity.id, detachedCount: r.detached.length, detached: r.detached };
  }
}

/** upsertCluster, upsertOrganisation…: one mutation per kind of the vocabulary, each with its own input. */
@Authorized('write')
@Resolver()
export class UpsertResolver {}
for (const kind of ENTITY_KINDS) {
  const upsert = (ctx: Context, input: EntityInput) => upsertEntity(ctx, kind, input);
  const description = `Creates or replaces a${/^[AEIOU]/.test(kind) ? 'n' : ''} ${kind.toLowerCase()} (idempotent by id)`;
  defineResolverMethod(
    UpsertResolver,
    `upsert${kind}`,
    upsert,
    Mutation(() => KIND_TYPES[kind], { description }),
    [Ctx(), Arg('input', () => KIND_INPUTS[kind], { description: `The ${kind.toLowerCase()}’s fields` })],
  );
}
