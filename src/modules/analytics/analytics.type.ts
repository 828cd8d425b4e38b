import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { EnumValue } from '../../model/string-enum';
import { graphqlEnum } from '../entity/entity.enum';
import { Entity, type EntityProps } from '../entity/entity.type';

export const CentralityMetric = graphqlEnum(
  {
    DEGREE: 'Distinct cooperation partners',
    BETWEENNESS:
      'Shortest paths between other entities that pass through it, each pair counted once (Brandes; estimated from a seeded sample of sources on large graphs)',
    PAGERANK: 'Importance from the importance of its partners (damping 0.85)',
  },
  { name: 'CentralityMetric', description: 'How central an entity is in the cooperation graph' },
);
export type CentralityMetric = EnumValue<typeof CentralityMetric>;

@ObjectType({ simpleResolvers: true, description: 'The cooperation graph an analytics answer was computed on' })
export class AnalyticsGraph {
  @Field(() => Int, { description: 'Entities in the projection' }) nodeCount: number;
  @Field(() => Int, {
    description: 'Pairs of entities joined by at least one cooperation relation (each pair counted once)',
  })
  pairCount: number;

  @Field({ description: 'Where it ran: "Neo4j Graph Data Science <version>"' }) engine: string;
}

@ObjectType({ simpleResolvers: true, description: 'An entity and its score under the metric asked for' })
export class CentralityScore {
  @Field(() => Int, { description: '1 for the highest score' }) rank: number;
  @Field(() => Entity, { description: 'The entity scored' }) entity: EntityProps;
  @Field(() => Float, { description: 'Its score: higher is more central' }) score: number;
}

@ObjectType({ simpleResolvers: true, description: 'Entities ranked by a centrality metric' })
export class Centrality {
  @Field(() => CentralityMetric, { description: 'The metric asked for' }) metric: CentralityMetric;
  @Field(() => AnalyticsGraph, { description: 'The graph the scores were computed on' }) graph: AnalyticsGraph;
  @Field({ description: 'True when betweenness was estimated from a sample of source entities' }) approximate: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'How many seeded source entities the estimate used (null when exact)',
  })
  sampledSources: number | null;

  @Field(() => [CentralityScore], { description: 'The highest scores first (ties by id)' }) scores: CentralityScore[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A sector or region and how many members of a community it accounts for',
})
export class CommunityShare {
  @Field(() => Entity, { description: 'The sector or region' }) entity: EntityProps;
  @Field(() => Int, { description: 'Members of the community that focus on it or are seated in it' }) members: number;
}

@ObjectType({ simpleResolvers: true, description: 'A group of entities more tied to one another than to the rest' })
export class Community {
  // Not an `id`: Leiden's numbers mean something only within one run, and a client cache merged the
  // whole graph's community 3 with Małopolska's community 3. The key is the membership itself.
  @Field({
    description:
      'Identifies the membership: a hash of its members’ ids, so that the same community found again (another run, another region) has the same key and a different one never does',
  })
  key: string;

  @Field(() => Int, { description: 'Entities in the community, of every kind' }) size: number;
  @Field({ description: 'Its dominant sectors and regions, e.g. "Life science, Cleantech · Małopolska"' })
  label: string;

  @Field(() => [CommunityShare], { description: 'Up to 3 sectors its members focus on, the most common first' })
  sectors: CommunityShare[];

  @Field(() => [CommunityShare], { description: 'Up to 3 regions its members are seated in, the most common first' })
  regions: CommunityShare[];

  @Field(() => Int, { description: 'Members of the kinds asked for' }) memberCount: number;
  @Field(() => [Entity], { description: 'Members of the kinds asked for, the best connected first' })
  members: EntityProps[];
}

@ObjectType({ simpleResolvers: true, description: 'How the cooperation graph splits into communities' })
export class Communities {
  @Field({ description: 'The algorithm: Leiden' }) algorithm: string;
  @Field(() => AnalyticsGraph, { description: 'The graph the communities were found in' }) graph: AnalyticsGraph;
  @Field(() => Int, { description: 'How many communities the whole graph splits into' }) communityCount: number;
  @Field(() => [Community], { description: 'The largest first' }) communities: Community[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'An entity with cooperation ties to both sides of a brokers question',
})
export class Broker {
  @Field(() => Entity, { description: 'The bridging entity' }) entity: EntityProps;
  @Field(() => Int, { description: 'Distinct entities of side a it is tied to' }) tiesToA: number;
  @Field(() => Int, { description: 'Distinct entities of side b it is tied to' }) tiesToB: number;
  @Field({ description: 'Whether it belongs to side a itself' }) inA: boolean;
  @Field({ description: 'Whether it belongs to side b itself' }) inB: boolean;
  @Field(() => [Entity], { description: 'Up to 5 of the side-a entities it is tied to' }) examplesA: EntityProps[];
  @Field(() => [Entity], { description: 'Up to 5 of the side-b entities it is tied to' }) examplesB: EntityProps[];
}
