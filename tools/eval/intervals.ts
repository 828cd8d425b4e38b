// When a tie holds and when an entity exists, read from records in the import format, by the rule of
// issue 21 (the API derives the same as validFrom/validTo): a tie's own since/until; else a
// participation takes its project's dates, an event tie (attending, hosting, organising, being an
// event of) starts at the event and does not end, a membership of an alliance starts at its founding;
// unknown is always. Partial dates are ranges: `2018` starts on 2018-01-01 and ends on 2018-12-31.

/** Comparable day strings: before and after every date. */
export const ALWAYS_FROM = '0000-01-01';
export const ALWAYS_TO = '9999-12-31';

/** The first day a (partial) ISO date can mean. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a (partial) ISO date can mean (the 31st of every month: only compared, never shown). */
export function lastDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** What the interval rule needs of an entity: its kind and dates. */
export interface DatedEntity {
  kind: string;
  founded?: string;
  startDate?: string;
  endDate?: string;
}

/** What it needs of a relation. */
export interface DatedTie {
  type: string;
  from: string;
  to: string;
  since?: string;
  until?: string;
}

const EVENT_TIES = new Set(['ATTENDED', 'HOSTED', 'ORGANISED']);

/** The days [from, to] a tie holds (ALWAYS_FROM / ALWAYS_TO where nothing says). */
export function tieInterval(t: DatedTie, entity: (id: string) => DatedEntity | undefined): [string, string] {
  const target = entity(t.to);
  let from = t.since ? firstDay(t.since) : undefined;
  let to = t.until ? lastDay(t.until) : undefined;
  if (t.type === 'PARTICIPATES_IN' && target?.kind === 'Project') {
    from ??= target.startDate && firstDay(target.startDate);
    to ??= target.endDate && lastDay(target.endDate);
  } else if (EVENT_TIES.has(t.type) && target?.kind === 'Event')
    from ??= target.startDate && firstDay(target.startDate);
  else if (t.type === 'EVENT_OF') {
    const event = entity(t.from);
    from ??= event?.startDate && firstDay(event.startDate);
  } else if (t.type === 'MEMBER_OF' && target?.kind === 'Alliance') from ??= target.founded && firstDay(target.founded);
  return [from ?? ALWAYS_FROM, to ?? ALWAYS_TO];
}

/** Whether a tie holding over [from, to] holds on `day`. */
export const holdsOn = ([from, to]: [string, string], day: string) => from <= day && day <= to;

/** The first day an entity exists: its founding or start; ALWAYS_FROM for places, sectors and undated ones. */
export function existsFrom(e: DatedEntity): string {
  const d = e.founded ?? e.startDate;
  return d ? firstDay(d) : ALWAYS_FROM;
}
