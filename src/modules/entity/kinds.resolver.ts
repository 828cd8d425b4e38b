import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Int, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../context';
import type { EntityKind as Kind, RelationType } from '../../model/vocabulary';
import { EntityKind } from './entity.enum';
import type { Direction } from './entity.enum';
import { Entity, type EntityProps } from './entity.type';
import { RelationConnection } from './relation.type';
import { Alliance, Cluster, Event, Organisation, Programme, Project, Region, Sector } from './kinds.type';
import { connectionSelection, type TieSpec } from './lookahead';
import { BOTH, checkFirst, IN, oneRelated, OUT, relationConnection } from './entity.service';
import { RelationPageArgs } from './relation.args';

const EVENT_TIES: RelationType[] = ['ORGANISED', 'HOSTED', 'ATTENDED'];

/**
 * Declares a relation connection field on an empty method: the page and period arguments, one batched
 * read. The tables below stay one line per field instead of seven.
 */
function ties(types: RelationType[], dir: Direction, description: string) {
  return (target: object, name: string, descriptor: PropertyDescriptor) => {
    descriptor.value = function (root: EntityProps, ctx: Context, args: RelationPageArgs, info: GraphQLResolveInfo) {
      return relationConnection(ctx, root, types, dir, args, connectionSelection(info.fieldNodes, info));
    };
    FieldResolver(() => RelationConnection, { description })(target, name, descriptor);
    Extensions({ ties: { types, dir } satisfies TieSpec })(target, name, descriptor);
    Root()(target, name, 0);
    Ctx()(target, name, 1);
    Args(() => RelationPageArgs)(target, name, 2);
    Info()(target, name, 3);
  };
}

/** Declares a field returning the entity at the other end of the first such relation (or null), on an empty method. */
function one(returns: () => ClassType, type: RelationType, dir: Direction, description?: string) {
  return (target: object, name: string, descriptor: PropertyDescriptor) => {
    descriptor.value = (root: EntityProps, ctx: Context) => oneRelated(ctx, root, type, dir);
    FieldResolver(returns, { nullable: true, description })(target, name, descriptor);
    Extensions({ ties: { types: [type], dir, one: true } satisfies TieSpec })(target, name, descriptor);
    Root()(target, name, 0);
    Ctx()(target, name, 1);
  };
}

/** Fields shared by the actor kinds that can be members, partners and project participants. */
function actorResolver<T extends object>(of: new () => T) {
  @Resolver(() => of)
  class ActorResolver {
    @ties(['MEMBER_OF'], IN, 'Members (MEMBER_OF pointing here)') members() {}
    @ties(['MEMBER_OF'], OUT, 'Clusters, alliances and associations this is a member of') memberOf() {}
    @ties(['PARTICIPATES_IN'], OUT, 'Projects, with role (LEAD, PARTNER…)') projects() {}
    @ties(['PARTNER_OF'], BOTH, 'Direct partners') partners() {}
    @ties(EVENT_TIES, OUT, 'Events organised, hosted or attended (the relation kind says which)') events() {}
    @ties(['FOUNDED'], OUT, 'Alliances, projects and organisations this founded or initiated') foundations() {}
    @ties(['FOCUSES_ON'], OUT, 'Sectors, with role') sectors() {}

    @one(() => Region, 'LOCATED_IN', OUT, 'Where it is located') region() {}
  }
  return ActorResolver;
}

export const ClusterResolver = actorResolver(Cluster);

@Resolver(() => Region)
export class RegionResolver {
  @ties(['PART_OF'], IN, 'Regions directly below this one') children() {}
  @ties(['BORDERS'], BOTH, 'Neighbouring regions (lengthKm on the relation)') borders() {}
  @ties(['FOCUSES_ON'], OUT, 'Smart-specialisation priorities and preferred cooperation areas (role says which)')
  sectors() {}
  @ties(['PARTICIPATES_IN'], OUT, 'Projects the region (its authority) takes part in') projects() {}
  @ties(['MEMBER_OF'], OUT, 'Networks the region belongs to') memberOf() {}
  @ties([...EVENT_TIES, 'RANKED_IN'], OUT, 'Events hosted, organised or attended, and rankings it appears in')
  events() {}

  @one(() => Region, 'PART_OF', OUT, 'The region directly above') parent() {}

  @FieldResolver(() => Region, { nullable: true, description: 'The country it lies in (itself for a country)' })
  country(@Root() e: EntityProps, @Ctx() ctx: Context) {
    return ctx.loaders.country.load(e.id);
  }

  @FieldResolver(() => [Entity], {
    description: 'Everything located in this region or in any region below it, by name',
  })
  located(
    @Root() e: EntityProps,
    @Ctx() ctx: Context,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only entities of these kinds' }) kinds?: Kind[],
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many, 1 to 1000' }) first = 100,
  ) {
    return ctx.loaders.located.load({ id: e.id, kinds: kinds?.length ? kinds : null, first: checkFirst(first) });
  }
}
export const OrganisationResolver = actorResolver(Organisation);

@Resolver(() => Organisation)
export class OrganisationUnitsResolver {
  @ties(['UNIT_OF'], IN, 'Departments, institutes and centres of this organisation') units() {}
  @ties(['UNIT_OF'], OUT, 'The larger body this is a unit of') unitOf() {}
}

@Resolver(() => Project)
export class ProjectResolver {
  @ties(['PARTICIPATES_IN'], IN, 'Participants, with role') participants() {}
  @ties(['FOUNDED'], IN, 'Initiators and founders') initiators() {}
  @ties(['FUNDED_BY'], OUT, 'Funding programmes and funders') programmes() {}
  @ties(['EVENT_OF'], IN, 'Events held within the project') events() {}
  @ties(['MEMBER_OF'], OUT, 'Consortia and alliances the project belongs to') memberOf() {}
  @ties(['FOCUSES_ON'], OUT, 'Sectors') sectors() {}

  @one(() => Region, 'LOCATED_IN', OUT, 'Where it is located') region() {}
}

@Resolver(() => Alliance)
export class AllianceResolver {
  @ties(['MEMBER_OF'], IN, 'Members, with role') members() {}
  @ties(['FOUNDED'], IN, 'Founders and co-founders') founders() {}
  @ties(['EVENT_OF'], IN, 'Events held by the alliance') events() {}
  @ties(['PARTICIPATES_IN'], OUT, 'Projects') projects() {}
  @ties(['FOCUSES_ON'], OUT, 'Sectors') sectors() {}

  @one(() => Region, 'LOCATED_IN', OUT, 'Where it is located') region() {}
}

@Resolver(() => Event)
export class EventResolver {
  @ties(['ORGANISED'], IN, 'Organisers and patrons') organisers() {}
  @ties(['HOSTED'], IN, 'Hosts, venues and visited sites') hosts() {}
  @ties(['ATTENDED'], IN, 'Participants, speakers, delegations') attendees() {}
  @ties(['EVENT_OF'], OUT, 'The project, series or larger event it belongs to') partOf() {}
  @ties(['EVENT_OF'], IN, 'Sessions and side events held within it') sessions() {}
  @ties(['RANKED_IN'], IN, 'For rankings: who is ranked') ranked() {}
  @ties(['FOCUSES_ON'], OUT, 'Topics') sectors() {}

  @one(() => Region, 'LOCATED_IN', OUT, 'Where it is located') region() {}
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @ties(['FUNDED_BY'], IN, 'What the programme funds') funded() {}
  @ties(['MANAGED_BY'], OUT, 'Who runs it') managers() {}
  @ties(['FOCUSES_ON'], OUT, 'Themes') sectors() {}
}

@Resolver(() => Sector)
export class SectorResolver {
  @ties(['FOCUSES_ON'], IN, 'Actors and regions focusing on this sector, with role (PRIORITY, SPECIALISATION…)')
  actors() {}
  @ties(['SUBSECTOR_OF'], IN, 'Narrower sectors') subsectors() {}

  @one(() => Sector, 'SUBSECTOR_OF', OUT, 'The broader sector') parent() {}
}
