import type { ClassType } from 'type-graphql';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { KIND_SPECS, type EntityKind as Kind, type VocabularyEnum } from '../../model/vocabulary';
import type { EnumValue } from '../../model/string-enum';
import { EntityKind, graphqlEnum, vocabularyEnum } from '../entity/entity.enum';
import type { EntityProps } from '../entity/entity.type';

export const EntityOrder = graphqlEnum(
  {
    NAME: 'By name (ties broken by id)',
    DATE: 'By start date, founding or publication date; entities without one come last',
    DEGREE: 'By the number of cooperation ties: partners, memberships, participations, events',
  },
  { name: 'EntityOrder', description: 'What a list is ordered by' },
);
export type EntityOrder = EnumValue<typeof EntityOrder>;

export const OrderDirection = graphqlEnum(
  { ASC: 'Smallest first (A to Z, oldest, fewest ties)', DESC: 'Largest first (Z to A, newest, most ties)' },
  { name: 'OrderDirection', description: 'Which way a list is ordered' },
);
export type OrderDirection = EnumValue<typeof OrderDirection>;

const OrgType = vocabularyEnum(KIND_SPECS.Organisation.fields.orgType as VocabularyEnum);

@InputType({ description: 'Filters of a list; all given ones must hold' })
export class EntityFilter {
  @Field(() => String, { nullable: true, description: 'Full-text match on names, aliases and descriptions' })
  text?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Sector id: entities focusing on it or on one of its subsectors',
  })
  sector?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Region id: entities located in it or in any region below it (for regions: the region and those below it)',
  })
  region?: string;

  @Field(() => String, { nullable: true, description: 'Country: ISO code (PL) or region id (poland)' })
  country?: string;

  @Field(() => [OrgType], { nullable: true, description: 'Organisation types (organisations only)' })
  orgTypes?: string[];

  @Field(() => [String], { nullable: true, description: 'Labels that must all be present, e.g. key-national-cluster' })
  labels?: string[];

  @Field(() => String, { nullable: true, description: 'Start/founding/publication date on or after (ISO)' })
  dateFrom?: string;

  @Field(() => String, { nullable: true, description: 'Start/founding/publication date on or before (ISO)' })
  dateTo?: string;

  @Field(() => [EntityKind], { nullable: true, description: 'Kinds (the `entities` list only)' }) kinds?: Kind[];

  @Field(() => String, {
    nullable: true,
    description:
      'Only entities that existed on this day (YYYY-MM-DD): founded or started by then and not dissolved or ended (docs/model.md, "When a tie holds")',
  })
  asOf?: string;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in its connection (Relay cursor connections)' })
export class PageInfo {
  @Field({ description: 'Whether a page follows: pass endCursor as `after` to fetch it' }) hasNextPage: boolean;
  @Field({ description: 'Whether a page precedes this one (true on every page fetched with `after`)' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null on an empty page' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null on an empty page' })
  endCursor: string | null;
}

// No `id`: the same sector has another count under another filter, and a client cache that
// normalised entries by id showed one filter's counts under another's (REGION 23 where the network said 69).
@ObjectType({
  simpleResolvers: true,
  description: 'How many entities of the current filter fall in one sector, country or kind',
})
export class FacetCount {
  @Field({
    description:
      'What is counted: a sector id, a country id or an entity kind (CLUSTER, ORGANISATION, …); filter on it to narrow the list',
  })
  value: string;

  @Field({ description: 'Its name, for display' }) name: string;
  @Field(() => Int, { description: 'Entities of the current filter that it covers' }) count: number;
}

/** A facet entry as the list query returns it. */
export interface FacetRow {
  id: string;
  name: string;
  count: number;
}

@ObjectType({ simpleResolvers: true, description: 'Counts of the filtered entities by sector, country and kind' })
export class Facets {
  @Field(() => [FacetCount], { description: 'Top sectors (with their subsectors counted separately)' })
  sectors: FacetCount[];

  @Field(() => [FacetCount], { description: 'Countries the entities are seated in' }) countries: FacetCount[];
  @Field(() => [FacetCount], { description: 'Kinds of entity' }) kinds: FacetCount[];
}

/** An edge as a resolver returns it: the node and its cursor. */
export interface EdgeShape<N = EntityProps> {
  cursor: string;
  node: N;
}

/** A Relay edge type `<name>Edge`: a node of a page and the cursor to read on after it (entity lists, history). */
export function edgeOf<N>(node: ClassType | object, name: string, descriptions: { edge: string; node: string }) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: descriptions.edge })
  class Edge implements EdgeShape<N> {
    @Field({ description: 'Opaque position of this edge: pass it as `after` to read on from here' }) cursor: string;
    @Field(() => node, { description: descriptions.node }) node: N;
  }
  return Edge;
}

/** A Relay connection type for one node type (ClusterConnection, …). */
export function connectionOf<T extends object>(node: ClassType<T> | object, name: string) {
  const Edge = edgeOf<EntityProps>(node, name, {
    edge: `One entity of a ${name} list and its cursor`,
    node: 'The entity',
  });

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of a ${name} list` })
  class Connection {
    @Field(() => [Edge], { description: 'The entities of this page, in the order asked for' }) edges: EdgeShape[];
    @Field(() => PageInfo, { description: 'Where this page sits' }) pageInfo: PageInfo;
    @Field(() => Int, { description: 'Entities matching the filter, across all pages' }) totalCount: number;
    @Field(() => Facets, { description: 'Counts of the entities matching the filter, across all pages' })
    facets: Facets;
  }
  return Connection;
}
