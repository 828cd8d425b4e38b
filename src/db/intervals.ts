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
      ids: ids.slice(i, i + DERIVE_BATCH),
    });
    written += row.written;
  }
  return written;
}

/** Derives the intervals of the whole graph, a transaction per page of entities (migration 006, the bulk loader). */
export function deriveAllIntervals(runner: CypherRunner): Promise<number> {
  return forEveryEntityPage(runner, deriveIntervals);
}

/**
 * Runs `derive` on every entity of the graph, a write transaction per page of DERIVE_BATCH ids in id order
 * (the migrations that fill a derived property for existing data); returns the sum of what it wrote.
 */
export async function forEveryEntityPage(
  runner: CypherRunner,
  derive: (tx: ManagedTransaction, ids: string[]) => Promise<number>,
): Promise<number> {
  let written = 0;
  for (let after: string | null = null; ;) {
    const page: { id: string }[] = await runner.read<{ id: string }>('time/entity-ids-page', {
      after,
      first: neo4j.int(DERIVE_BATCH),
    });
    if (!page.length) return written;
    written += await runner.writeTx((tx) =>
      derive(
        tx,
        page.map((r) => r.id),
      ),
    );
    after = page[page.length - 1].id;
  }
}
