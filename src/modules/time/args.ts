import { ArgsType, Field } from 'type-graphql';
import { DateWindow } from './window.input';
import { timeWindow, type TimeWindow } from './window';

// The asOf and during arguments, declared once for every query that takes them (docs/api.md, "Time"):
// a query's own argument class extends one of these.

export const ASOF = {
  nullable: true,
  description:
    'The network as it stood on this day (YYYY-MM-DD): only ties that had begun and not ended then (docs/model.md, "When a tie holds"); absent: all of history',
} as const;

export const DURING = {
  nullable: true,
  description: 'Only ties that held at some time in this period (both days included); not with asOf',
} as const;

/** `asOf`: the network as it stood on one day. */
@ArgsType()
export class AsOfArgs {
  @Field(() => String, ASOF) asOf?: string | null;

  /** The days the query looks at, checked (BAD_USER_INPUT names the argument). */
  window(): TimeWindow {
    return timeWindow(this.asOf);
  }
}

/** `asOf` or `during`: one day, or the ties that held at some time in a period. */
@ArgsType()
export class WindowArgs extends AsOfArgs {
  @Field(() => DateWindow, DURING) during?: DateWindow | null;

  override window(): TimeWindow {
    return timeWindow(this.asOf, this.during);
  }
}
