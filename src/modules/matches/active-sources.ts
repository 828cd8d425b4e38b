import { LRUCache } from 'lru-cache';
import type { ManagedTransaction } from 'neo4j-driver';
import { runInTx, type Params } from '../../db/runner';
import { windowKey, type TimeWindow } from '../time/window';

// The country sources of matches (cypher/matches/active-ranks): the most-tied actors of the actor's country and of
// each neighbouring country, in the window. A ranking depends on the country, n, the kinds and the window, not on
// the actor or the viewer (public ties only), so it is kept here and used again while the graph's version
// (src/db/graph-version.ts) stays what it was computed on. As of a day it costs more than the rest of the request
// (docs/performance.md, "Matches: the country rankings kept").

/** Element ids (best first) and their public ties in the window, of one country's ranking. */
interface Ranking {
  token: string;
  ids: string[];
  ties: number[];
}

/** The rankings of one (window, kinds), by `<country id>:<n>`. */
type Rankings = Map<string, Ranking>;

/** Ids kept in all, across windows (about 60 bytes each): ~12 MB at most. */
export const KEPT_IDS = 200_000;

const kept = new LRUCache<string, Rankings>({
  maxSize: KEPT_IDS,
  sizeCalculation: (r) =>
    Math.max(
      1,
      [...r.values()].reduce((n, x) => n + x.ids.length, 0),
    ),
});

/** What the candidates statement takes ($activeSources): every element id once, with its public ties in the window. */
export interface ActiveSources {
  ids: string[];
  ties: Record<string, number>;
}

/** No country sources (both limits 0, or an actor in no country). */
export const NO_ACTIVE_SOURCES: ActiveSources = { ids: [], ties: {} };

interface RankRow {
  country: string;
  n: number;
  token: string | null;
  ranked: [string, number][] | null;
}

/** Parameters of cypher/matches/active-ranks besides `known`. */
export interface ActiveRanksParams extends Params {
  id: string;
  narrow: { kinds: string[] };
  active: number;
  activeAbroad: number;
  windowFrom: TimeWindow['windowFrom'];
  windowTo: TimeWindow['windowTo'];
}

/**
 * The country sources of `params.id` inside the caller's read transaction: rankings kept for the graph's current
 * version are not computed again (the statement is told which it holds), the others are, and kept.
 */
export async function activeSources(tx: ManagedTransaction, params: ActiveRanksParams): Promise<ActiveSources> {
  const group = `${windowKey({ windowFrom: params.windowFrom, windowTo: params.windowTo } satisfies TimeWindow)}|${[...params.narrow.kinds].sort().join(',')}`;
  const held = kept.get(group) ?? new Map<string, Ranking>();
  const known = Object.fromEntries([...held].map(([key, r]) => [key, r.token]));
  let rows = await runInTx<RankRow>(tx, 'matches/active-ranks', { ...params, known });
  // A ranking named as held but dropped meanwhile (another request filled the cache): ask again, holding none.
  if (rows.some((r) => r.ranked === null && held.get(`${r.country}:${r.n}`)?.token !== r.token))
    rows = await runInTx<RankRow>(tx, 'matches/active-ranks', { ...params, known: {} });
  const ties = new Map<string, number>();
  let added = false;
  for (const row of rows) {
    const key = `${row.country}:${row.n}`;
    const ranking = row.ranked
      ? { token: row.token ?? '', ids: row.ranked.map((x) => x[0]), ties: row.ranked.map((x) => x[1]) }
      : held.get(key)!;
    // Kept only under a version: a graph without one (wiped, never written through the API) changes unseen.
    if (row.ranked && row.token !== null) {
      held.set(key, ranking);
      added = true;
    }
    ranking.ids.forEach((id, i) => ties.set(id, ranking.ties[i]));
  }
  // Set again after a change, so that the cache counts the group's new size.
  if (added) kept.set(group, held);
  return { ids: [...ties.keys()], ties: Object.fromEntries(ties) };
}

/** How many (window, kinds) groups and ids are kept (tests). */
export function keptActiveSources(): { groups: number; ids: number } {
  return { groups: kept.size, ids: kept.calculatedSize };
}

/** Forgets every kept ranking (tests; never needed for correctness). */
export function forgetActiveSources(): void {
  kept.clear();
}
