import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { markGraphChanged } from './graph-version';
import { runInTx } from './runner';
import type { CypherRunner } from './runner';

/**
 * Entities per derivation statement: each brings its cooperation ties, so a batch of a few thousand
 * stays a small transaction even around hubs.
 */
export const DERIVE_BATCH = 2_000;

/**
 * Re-derives, inside the caller's transaction, when the entities `ids` exist and when their cooperation
 * ties hold (cypher/time/derive-intervals), then the tie summaries (summariseTies) of `tieEnds` and of both
 * ends of every tie whose interval changed; returns how many intervals changed. `tieEnds` are the entities
 * whose ties the caller added, changed or removed: by default all of `ids`, which holds whatever the caller
 * did (a re-run after a crash included); a caller that knows which ties it wrote names only their ends, so
 * that a write that changed no tie summarises nothing.
 *
 * `derivedInOwnTurn`: for a caller that walks a set of entities in turns (a transaction per page: the
 * batched import, the migrations), the ids of that set. The other end of a changed tie that belongs to it
 * is not summarised now: it is summarised in its own turn, after its own ties are derived, and its ties with
 * this turn's entities were derived in whichever turn came first. Without this, each turn also summarised
 * the other ends of its dated ties, several times the turn's own entities (most of them before their own
 * ties were derived, so summarised again later): 36.9 of the 88.6 s after the writes of M.
 */
export async function deriveIntervals(
  tx: ManagedTransaction,
  ids: readonly string[],
  tieEnds: readonly string[] = ids,
  derivedInOwnTurn: (id: string) => boolean = () => false,
): Promise<number> {
  let written = 0;
  const ends = new Set(tieEnds);
  for (let i = 0; i < ids.length; i += DERIVE_BATCH) {
    const [row] = await runInTx<{ written: number; ends: string[] }>(tx, 'time/derive-intervals', {
      batch: { ids: ids.slice(i, i + DERIVE_BATCH) }, // in a map: one plan for every batch size
    });
    written += row.written;
    for (const id of row.ends) if (!derivedInOwnTurn(id)) ends.add(id);
  }
  if (ends.size) await summariseTies(tx, [...ends]);
  return written;
}

/**
 * Brings the tie summaries of the entities `ids` up to date inside the caller's transaction
 * (cypher/time/tie-summaries): every write that adds, removes or changes a cooperation tie calls it for
 * both ends, after the tie's interval is derived. The ids are sorted: each is locked, always in one order.
 */
export function summariseTies(tx: ManagedTransaction, ids: readonly string[]): Promise<number> {
  if (ids.length) markGraphChanged(tx);
  return writeInBatches(tx, 'time/tie-summaries', [...new Set(ids)].sort());
}

/**
 * Runs a statement that derives something for the entities `$batch.ids` (in a map: one plan for every batch size)
 * over `ids`, DERIVE_BATCH at a time, inside the caller's transaction; returns the sum of its `written`.
 */
export async function writeInBatches(
  tx: ManagedTransaction,
  query: string,
  ids: readonly string[],
  params: Record<string, unknown> = {},
): Promise<number> {
  let written = 0;
  for (let i = 0; i < ids.length; i += DERIVE_BATCH) {
    const [row] = await runInTx<{ written: number }>(tx, query, {
      ...params,
      batch: { ids: ids.slice(i, i + DERIVE_BATCH) },
    });
    written += row.written;
  }
  return written;
}

/** Walks the entities a page at a time (`query` returns ids after $after), a transaction per page. */
async function perPage(
  runner: CypherRunner,
  query: string,
  work: (tx: ManagedTransaction, ids: string[]) => Promise<number>,
): Promise<number> {
  let written = 0;
  for (let after: string | null = null; ;) {
    const page: { id: string }[] = await runner.read<{ id: string }>(query, { after, first: neo4j.int(DERIVE_BATCH) });
    if (!page.length) return written;
    const ids = page.map((r) => r.id);
    written += await runner.writeTx((tx) => work(tx, ids));
    after = ids[ids.length - 1];
  }
}

/** Runs `work` on every entity, a transaction per page of ids (the migrations that fill a derived property). */
export const forEveryEntityPage = (
  runner: CypherRunner,
  work: (tx: ManagedTransaction, ids: string[]) => Promise<number>,
): Promise<number> => perPage(runner, 'time/entity-ids-page', work);

/**
 * Derives the intervals of the whole graph, a transaction per page of entities (migration 006, so also after a
 * bulk load). It summarises nothing: migration 008 comes after it, creates the constraint that finds a
 * TieSpans node by id, and summarises every entity (summariseAllTies). Summarising here, before that
 * constraint existed, made every MERGE of a TieSpans node scan all those stored so far: quadratic in the
 * entities. The bulk load of L failed on it, a page of 2,000 clusters outlasting the server's 120 s
 * transaction timeout with 21,000 TieSpans stored, 21 minutes into the walk.
 */
export const deriveAllIntervals = (runner: CypherRunner): Promise<number> =>
  forEveryEntityPage(runner, (tx, ids) => deriveIntervals(tx, ids, [], () => true));

/** Summarises the ties of every entity without a summary, a transaction per page (migration 008). */
export const summariseAllTies = (runner: CypherRunner): Promise<number> =>
  perPage(runner, 'time/unsummarised-ids-page', summariseTies);
