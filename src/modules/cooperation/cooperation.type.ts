import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TIE_FIELD_DESCRIPTIONS as TIE } from '../../model/glossary';
import type { RelationType } from '../../model/vocabulary';
import { Direction, RelationKind } from '../entity/entity.enum';
import { Entity, type EntityProps } from '../entity/entity.type';

@ObjectType({ simpleResolvers: true, description: 'One hop of a cooperation path' })
export class PathStep {
  @Field(() => Entity, { description: 'Where the hop starts' }) from: EntityProps;
  @Field(() => Entity, { description: 'The entity this hop reaches' }) entity: EntityProps;
  @Field(() => RelationKind, { description: TIE.kind }) kind: RelationType;
  @Field(() => Direction, { description: 'OUTGOING when the relationship points from `from` to `entity`' })
  direction: Direction;

  @Field(() => String, { nullable: true, description: TIE.role }) role?: string | null;
  @Field(() => String, { nullable: true, description: TIE.since }) since?: string | null;
  @Field(() => String, { nullable: true, description: TIE.until }) until?: string | null;
  @Field(() => String, { nullable: true, description: TIE.note }) note?: string | null;

  /** Source ids; the `sources` field resolves them. */
  sources: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A path between two entities: its length and its hops in order' })
export class CooperationPath {
  @Field(() => Int, { description: 'Number of hops' }) length: number;
  @Field(() => [Entity], { description: 'The entities along the path, both ends included' }) nodes: EntityProps[];
  @Field(() => [PathStep], { description: 'The hops in order, from the start' }) steps: PathStep[];
}

@ObjectType({ simpleResolvers: true, description: 'What ties a shared partner to one of the given actors' })
export class PartnerEvidence {
  @Field(() => Entity, {
    nullable: true,
    description: 'The project, alliance, event… both are tied to; null for a direct tie',
  })
  via: EntityProps | null;

  @Field(() => [RelationKind], { description: 'The relation kinds: one for a direct tie, two through `via`' })
  kinds: RelationType[];

  @Field(() => String, { nullable: true, description: 'The actor’s role in the first relation' }) role: string | null;
  @Field(() => Float, { description: '1 for a direct tie; 1/ln(1 + size of the context) through one' }) weight: number;
}

@ObjectType({ simpleResolvers: true, description: 'How a shared partner is tied to one of the given actors' })
export class ActorTie {
  @Field(() => Entity, { description: 'The given actor' }) actor: EntityProps;
  @Field(() => Float, { description: 'Sum of the weights of all the evidence' }) strength: number;
  @Field(() => Int, { description: 'How many direct ties and common contexts link them' }) evidenceCount: number;
  @Field(() => [PartnerEvidence], { description: 'The strongest evidence first, at most 10 items' })
  evidence: PartnerEvidence[];
}

@ObjectType({ simpleResolvers: true, description: 'An entity that cooperates with every one of the given actors' })
export class SharedPartner {
  @Field(() => Entity, { description: 'The shared partner' }) partner: EntityProps;
  @Field(() => Float, { description: 'Sum of the tie strengths to all given actors (ranking key)' }) strength: number;
  @Field(() => [ActorTie], { description: 'Per given actor, in the order given' }) ties: ActorTie[];
}

@ObjectType({ simpleResolvers: true, description: 'A relationship of a subgraph' })
export class SubgraphEdge {
  @Field(() => RelationKind, { description: TIE.kind }) kind: RelationType;
  @Field({ description: 'Id of the node it starts at' }) start: string;
  @Field({ description: 'Id of the node it points to' }) end: string;
  @Field(() => String, { nullable: true, description: TIE.role }) role?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Nodes and relationships around an entity, for drawing' })
export class Subgraph {
  @Field(() => [Entity], { description: 'The entities drawn' }) nodes: EntityProps[];
  @Field(() => [SubgraphEdge], { description: 'The relationships between them' }) edges: SubgraphEdge[];
  @Field({ description: 'True when the limit cut nodes off' }) truncated: boolean;
}
