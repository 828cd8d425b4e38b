import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { runInTx } from './runner';
import type { CypherRunner } from './runner';

/**
 * Entities per derivation statement: each brings its cooperation ties, so a batch of a few thousand
 * stays a small transaction even around hubs.
 */
export const DERIVE_BATCH = 2_000;

/**
 * Re-derives, inside the caller's transaction, when the entities `ids` exist and when their cooperation
 * ties hold (cypher/time/derive-intervals); returns how many intervals changed.
 */
export async function deriveIntervals(tx: ManagedTransaction, ids: readonly string[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < ids.length; i += DERIVE_BATCH) {
    const [row] = await runInTx<{ written: number }>(tx, 'time/derive-intervals', {
      batch: { ids: ids.slice(i, i + DERIVE_BATCH) }, // in a map: one plan for every batch size
    });
    written += row.written;
  }
  return written;
}

/** Derives the intervals of the whole graph, a transaction per page of entities (migration 006, the bulk loader). */
export async function deriveAllIntervals(runner: CypherRunner): Promise<number> {
  let written = 0;
  for (let after: string | null = null; ;) {
    const page: { id: string }[] = await runner.read<{ id: string }>('time/entity-ids-page', {
      after,
      first: neo4j.int(DERIVE_BATCH),
    });
    if (!page.length) return written;
    written += await runner.writeTx((tx) =>
      deriveIntervals(
        tx,
        page.map((r) => r.id),
      ),
    );
    after = page[page.length - 1].id;
  }
}
