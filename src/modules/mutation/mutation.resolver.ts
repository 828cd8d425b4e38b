import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import type { RelationType } from '../../model/vocabulary';
import { Direction, RelationKind } from '../entity/entity.enums';
import { Entity, type EntityProps } from '../entity/entity.type';
import { Alliance, Cluster, Event, Organisation, Programme, Project, Region, Sector } from '../entity/kinds.type';
import { AllianceInput, ClusterInput, EventInput, LinkInput, OrganisationInput, ProgrammeInput, ProjectInput, RegionInput, SectorInput, UnlinkInput } from './mutation.inputs';
import { deleteEntity, link, unlink, upsertEntity, type Detached } from './mutation.service';

@ObjectType({ simpleResolvers: true, description: 'The relationship a link created or updated' })
class LinkResult {
  @Field(() => RelationKind)
  kind: RelationType;

  @Field(() => Entity)
  from: EntityProps;

  @Field(() => Entity)
  to: EntityProps;
}

@ObjectType({ simpleResolvers: true, description: 'A relationship removed with a deleted entity' })
class DetachedRelation {
  @Field(() => RelationKind)
  kind: RelationType;

  @Field(() => Direction, { description: 'As seen from the deleted entity' })
  direction: Direction;

  @Field(() => ID, { description: 'The entity at the other end' })
  other: string;
}

@ObjectType({ simpleResolvers: true })
class DeleteResult {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  detachedCount: number;

  @Field(() => [DetachedRelation])
  detached: Detached[];
}

/** Every mutation needs the editor (or admin) role. */
@Authorized('write')
@Resolver()
export class MutationResolver {
  @Mutation(() => Cluster, { description: 'Creates or replaces a cluster (idempotent by id)' })
  upsertCluster(@Ctx() ctx: Context, @Arg('input') input: ClusterInput) {
    return upsertEntity(ctx, 'Cluster', input);
  }

  @Mutation(() => Organisation)
  upsertOrganisation(@Ctx() ctx: Context, @Arg('input') input: OrganisationInput) {
    return upsertEntity(ctx, 'Organisation', input);
  }

  @Mutation(() => Region)
  upsertRegion(@Ctx() ctx: Context, @Arg('input') input: RegionInput) {
    return upsertEntity(ctx, 'Region', input);
  }

  @Mutation(() => Project)
  upsertProject(@Ctx() ctx: Context, @Arg('input') input: ProjectInput) {
    return upsertEntity(ctx, 'Project', input);
  }

  @Mutation(() => Alliance)
  upsertAlliance(@Ctx() ctx: Context, @Arg('input') input: AllianceInput) {
    return upsertEntity(ctx, 'Alliance', input);
  }

  @Mutation(() => Event)
  upsertEvent(@Ctx() ctx: Context, @Arg('input') input: EventInput) {
    return upsertEntity(ctx, 'Event', input);
  }

  @Mutation(() => Programme)
  upsertProgramme(@Ctx() ctx: Context, @Arg('input') input: ProgrammeInput) {
    return upsertEntity(ctx, 'Programme', input);
  }

  @Mutation(() => Sector)
  upsertSector(@Ctx() ctx: Context, @Arg('input') input: SectorInput) {
    return upsertEntity(ctx, 'Sector', input);
  }

  @Mutation(() => LinkResult, { description: 'Creates or updates the relationship (from, kind, to) with its properties' })
  link(@Ctx() ctx: Context, @Arg('input') input: LinkInput) {
    return link(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes the relationship (from, kind, to); false when there was none' })
  unlink(@Ctx() ctx: Context, @Arg('input') input: UnlinkInput) {
    return unlink(ctx, input);
  }

  @Mutation(() => DeleteResult, { description: 'Deletes an entity and reports the relationships detached with it' })
  async deleteEntity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<DeleteResult> {
    const r = await deleteEntity(ctx, id);
    return { id: r.entity.id, detachedCount: r.detached.length, detached: r.detached };
  }
}
