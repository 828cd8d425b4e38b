import { LRUCache } from 'lru-cache';
import type { CypherRunner } from '../../db/runner';
import type { Counted } from './list.counted';
import type { EntityFilter, FacetRow } from './list.type';

// A list's total and facets are work over the whole filtered set (at L, 10–60 ms for a country and a sector), and a
// client paging through a list asks for the same counts with every page. They depend on the kinds and the filter
// only (not the order, the cursor or the viewer: entities are public), so they are kept here under the
// database's last committed transaction before they were counted (a bookmark, CypherRunner.readWithBookmark) and
// the graph's epoch (new for a newly loaded store): any write that commits, through the API or around it, moves it
// (docs/performance.md, "List counts kept").

/** The counts of one filter, each present once counted. */
export interface Counts {
  total?: number;
  sectors?: FacetRow[];
  countries?: FacetRow[];
  kinds?: FacetRow[];
}

const FACETS = ['sectors', 'countries', 'kinds'] as const;

/**
 * What is kept in all, across filters, in units of about 80 bytes: a facet row, a filter, and each 64 characters of a
 * filter's key (a text filter may hold 1,000 characters, a label list more): ~8 MB at most, whatever the filters.
 */
export const KEPT_ROWS = 100_000;
export const KEY_CHARS_PER_UNIT = 64;

const kept = new LRUCache<string, { token: string; counts: Counts }>({
  maxSize: KEPT_ROWS,
  sizeCalculation: ({ counts }, key) =>
    1 + Math.ceil(key.length / KEY_CHARS_PER_UNIT) + FACETS.reduce((n, f) => n + (counts[f]?.length ?? 0), 0),
});

/** How often kept counts answered a request, and how often something had to be counted (read by the tests). */
export const countsKept = { hits: 0, misses: 0 };

/** The key of a filter's counts: what the counts depend on, nothing else (not `after`, the order or the viewer). */
export function countsKey(kinds: readonly string[], f: EntityFilter | undefined): string {
  return JSON.stringify([
    [...kinds].sort(),
    f?.text ?? null,
    f?.sector ?? null,
    f?.region ?? null,
    f?.country ?? null,
    f?.orgTypes?.length ? [...f.orgTypes].sort() : null,
    f?.labels?.length ? [...new Set(f.labels)].sort() : null,
    f?.dateFrom ?? null,
    f?.dateTo ?? null,
    f?.asOf ?? null,
  ]);
}

/** The token of a read: its bookmark and the graph's epoch; null (nothing may be kept) without a bookmark. */
export const tokenOf = (epoch: string | null, bookmark: string | null): string | null =>
  bookmark === null ? null : `${epoch ?? ''}|${bookmark}`;

/** The graph's epoch, with the bookmark its read answered with. */
export async function readEpoch(db: CypherRunner): Promise<{ epoch: string | null; bookmark: string | null }> {
  const { rows, bookmark } = await db.readWithBookmark<{ epoch: string | null }>('system/graph-epoch');
  return { epoch: rows[0]?.epoch ?? null, bookmark };
}

/** The token the counts read next will be kept under; null: nothing may be kept (inside a unit of work). */
export async function countsToken(db: CypherRunner): Promise<string | null> {
  const { epoch, bookmark } = await readEpoch(db);
  return tokenOf(epoch, bookmark);
}

/** What is kept for `key`, under whichever token it was counted (the caller compares it). */
export function peekCounts(key: string): { token: string; counts: Counts } | undefined {
  return kept.get(key);
}

/** The counts kept for `key` under `token` (none when the graph has moved since). */
export function keptCounts(key: string, token: string | null): Counts {
  const entry = token === null ? undefined : kept.get(key);
  return entry?.token === token ? entry.counts : {};
}

/** Which of the `asked` counts `held` lacks: what the page's statement must count. */
export function stillToCount(asked: Counted, held: Counts): Counted {
  return {
    total: asked.total && held.total === undefined,
    sectors: asked.sectors && held.sectors === undefined,
    countries: asked.countries && held.countries === undefined,
    kinds: asked.kinds && held.kinds === undefined,
  };
}

/** Keeps what was just counted beside what was held, under `token`; the whole set, as the request answers it. */
export function keepCounts(
  key: string,
  token: string | null,
  held: Counts,
  counted: Counted,
  row: { [K in keyof Counts]-?: Counts[K] | null },
): Counts {
  const all: Counts = { ...held };
  if (counted.total && row.total != null) all.total = row.total;
  for (const f of FACETS) if (counted[f] && row[f]) all[f] = row[f];
  if (token !== null && Object.values(counted).some(Boolean)) kept.set(key, { token, counts: all });
  return all;
}

/** How many filters and rows are kept (tests). */
export function keptCountsSize(): { filters: number; rows: number } {
  return { filters: kept.size, rows: kept.calculatedSize };
}

/** Forgets every kept count (tests; never needed for correctness). */
export function forgetCounts(): void {
  kept.clear();
}
