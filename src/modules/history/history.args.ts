import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MAX_HISTORY_PAGE } from './history.service';

@ArgsType()
export class HistoryArgs {
  @Field(() => ID, { description: 'The entity' }) id: string;
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_HISTORY_PAGE}` }) first: number;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page' })
  after?: string;
}
