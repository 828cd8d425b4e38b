import { ArgsType, Args, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ENTITY_KINDS, type EntityKind } from '../../model/vocabulary';
import { Entity } from '../entity/entity.type';
import { Alliance, Cluster, Event, Organisation, Programme, Project, Region, Sector } from '../entity/kinds.type';
import { checkKindFilter, listEntities, type ConnectionShape } from './list.service';
import { connectionOf, EntityFilter, EntityOrder, OrderDirection } from './list.types';

@ArgsType()
class ListArgs {
  @Field(() => EntityFilter, { nullable: true })
  filter?: EntityFilter;

  @Field(() => EntityOrder, { defaultValue: EntityOrder.NAME })
  orderBy: EntityOrder;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' })
  first: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page' })
  after?: string;
}

const EntityConnection = connectionOf(Entity, 'Entity');
const ClusterConnection = connectionOf(Cluster, 'Cluster');
const OrganisationConnection = connectionOf(Organisation, 'Organisation');
const RegionConnection = connectionOf(Region, 'Region');
const ProjectConnection = connectionOf(Project, 'Project');
const AllianceConnection = connectionOf(Alliance, 'Alliance');
const EventConnection = connectionOf(Event, 'Event');
const ProgrammeConnection = connectionOf(Programme, 'Programme');
const SectorConnection = connectionOf(Sector, 'Sector');

const list = (ctx: Context, kind: EntityKind, args: ListArgs): Promise<ConnectionShape> => {
  checkKindFilter([kind], args.filter);
  return listEntities(ctx, [kind], args);
};

@Resolver()
export class ListResolver {
  @Query(() => EntityConnection, { description: 'Entities of several kinds (filter.kinds; all but sources by default)' })
  entities(@Ctx() ctx: Context, @Args() args: ListArgs): Promise<ConnectionShape> {
    const kinds = args.filter?.kinds?.length ? args.filter.kinds : ENTITY_KINDS.filter((k) => k !== 'Source');
    return listEntities(ctx, kinds, args);
  }

  @Query(() => ClusterConnection)
  clusters(@Ctx() ctx: Context, @Args() args: ListArgs) {
    return list(ctx, 'Cluster', args);
  }

  @Query(() => OrganisationConnection)
  organisations(@Ctx() ctx: Context, @Args() args: ListArgs) {
    return list(ctx, 'Organisation', args);
  }

  @Query(() => RegionConnection)
  regions(@Ctx() ctx: Context, @Args() args: ListArgs) {
    return list(ctx, 'Region', args);
  }

  @Query(() => ProjectConnection)
  projects(@Ctx() ctx: Context, @Args() args: ListArgs) {
    return list(ctx, 'Project', args);
  }

  @Query(() => AllianceConnection)
  alliances(@Ctx() ctx: Context, @Args() args: ListArgs) {
    return list(ctx, 'Alliance', args);
  }

  @Query(() => EventConnection)
  events(@Ctx() ctx: Context, @Args() args: ListArgs) {
    return list(ctx, 'Event', args);
  }

  @Query(() => ProgrammeConnection)
  programmes(@Ctx() ctx: Context, @Args() args: ListArgs) {
    return list(ctx, 'Programme', args);
  }

  @Query(() => SectorConnection)
  sectors(@Ctx() ctx: Context, @Args() args: ListArgs) {
    return list(ctx, 'Sector', args);
  }
}
