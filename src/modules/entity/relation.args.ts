import { ArgsType, Field, Int } from 'type-graphql';
import type { RelationType } from '../../model/vocabulary';
import { WindowArgs } from '../time/args';
import { Direction, RelationKind } from './entity.enum';
import { AFTER_DESCRIPTION, FIRST_DESCRIPTION } from './relation-limit';

/** The page and period of every relation connection field (`relations` and the typed ones: `members`, …). */
@ArgsType()
export class RelationPageArgs extends WindowArgs {
  @Field(() => Int, { defaultValue: 100, description: FIRST_DESCRIPTION }) first: number = 100;
  @Field(() => String, { nullable: true, description: AFTER_DESCRIPTION }) after?: string | null;
}

/** The generic `relations` field: the page and period, and which kinds and direction to read. */
@ArgsType()
export class RelationArgs extends RelationPageArgs {
  @Field(() => [RelationKind], { nullable: true, description: 'Relation kinds to read (default: all)' })
  kinds?: RelationType[] | null;

  @Field(() => Direction, { defaultValue: Direction.BOTH, description: 'Which ends to read from' })
  direction: Direction = Direction.BOTH;
}
