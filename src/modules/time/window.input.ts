import { Field, InputType } from 'type-graphql';

/** A period given to a query: ties that overlap it (docs/api.md, "Time"). */
@InputType({ description: 'A period of days, both ends included (ISO dates, YYYY-MM-DD)' })
export class DateWindow {
  @Field({ description: 'First day of the period' })
  from!: string;

  @Field({ description: 'Last day of the period' })
  to!: string;
}
