import neo4j from 'neo4j-driver';
import { badInput } from '../../errors/errors';

// Plain functions and types only: repositories import this, and the tools that run them (bench,
// evaluation) load no decorator metadata. The GraphQL input is in window.input.ts.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The days a query looks at, as Cypher parameters: a tie counts when it overlaps them
 * (`coalesce(r.validFrom <= $windowTo, true) AND coalesce(r.validTo >= $windowFrom, true)`); both null:
 * all of history, the query's timeless answer.
 */
export interface TimeWindow {
  windowFrom: InstanceType<typeof neo4j.types.Date> | null;
  windowTo: InstanceType<typeof neo4j.types.Date> | null;
}

export const TIMELESS: TimeWindow = { windowFrom: null, windowTo: null };

/**
 * `{{IN_WINDOW(r)}}` in a statement (src/db/cypher.ts): whether tie r overlaps the window, the one Cypher text of
 * "when a tie holds" (docs/model.md). Reduced to `true` where the parameters are timeless, so the timeless
 * statement carries no date test at all; without parameters (EXPLAIN tests), the whole rule.
 */
export function inWindowCypher(r: string, windowed?: boolean): string {
  const overlaps = `(coalesce(${r}.validFrom <= $windowTo, true) AND coalesce(${r}.validTo >= $windowFrom, true))`;
  if (windowed === undefined) return `($windowTo IS NULL OR ${overlaps})`;
  return windowed ? overlaps : 'true';
}

/** The window as a cache-key part: '' when timeless. */
export const windowKey = (w: TimeWindow | undefined) =>
  w?.windowFrom ? `${w.windowFrom.toString()}~${w.windowTo!.toString()}` : '';

/** An ISO day (YYYY-MM-DD, a day the calendar has) as a Neo4j Date; BAD_USER_INPUT names `field` otherwise. */
export function parseDay(field: string, value: string) {
  const m = DAY.exec(value);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(y, mo - 1, d));
  check.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  if (!m || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    throw badInput(field, `expected a day as YYYY-MM-DD (e.g. 2019-07-02), got ${JSON.stringify(value)}`);
  return new neo4j.types.Date(y, mo, d);
}

/** The window of `asOf` (one day) or `during` (a period); at most one of them; neither: timeless. */
export function timeWindow(asOf?: string | null, during?: { from: string; to: string } | null): TimeWindow {
  if (asOf != null && during != null) throw badInput('during', 'give asOf or during, not both');
  if (asOf != null) {
    const day = parseDay('asOf', asOf);
    return { windowFrom: day, windowTo: day };
  }
  if (during != null) {
    const from = parseDay('during.from', during.from);
    const to = parseDay('during.to', during.to);
    if (from.toString() > to.toString())
      throw badInput('during.to', `the period ends (${during.to}) before it starts (${during.from})`);
    return { windowFrom: from, windowTo: to };
  }
  return TIMELESS;
}
