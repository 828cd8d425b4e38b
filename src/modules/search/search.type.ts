import { Field, Float, ObjectType } from 'type-graphql';
import { Entity, type EntityProps } from '../entity/entity.type';

@ObjectType({
  simpleResolvers: true,
  description: 'A search result: the entity and how well it matched (higher is better)',
})
export class SearchHit {
  @Field(() => Entity, { description: 'The entity found' }) entity: EntityProps;
  @Field(() => Float, { description: 'Full-text relevance (Lucene), comparable within one answer only' }) score: number;
}
