import type { ManagedTransaction } from 'neo4j-driver';
import { loadCypher } from './cypher';

/**
 * The graph's version: (:GraphVersion {id: 'graph', epoch, n}) (migration 011). A transaction that changes a tie
 * summary or a stored country (cypher/time/tie-summaries, cypher/list/store-countries: what the country rankings of
 * matches are computed from) is marked here by the code that runs those statements, and the runner raises `n` at
 * its end, just before commit (CypherRunner: managed transactions and units of work alike). A result computed from
 * them can then be kept under the token `epoch:n` read in the same transaction and used while the token stays
 * (src/modules/matches/active-sources.ts).
 *
 * It trusts the same writers the tie summaries trust: a write around the API (raw Cypher) leaves both the summaries
 * and the version behind (docs/operations.md). A wiped or newly loaded database has no version node, or one with a
 * new random epoch: a token from before never matches it.
 */
const changed = new WeakSet<object>();

/** Marks `tx` as changing what the graph's version covers: it is raised before the transaction commits. */
export function markGraphChanged(tx: ManagedTransaction): void {
  changed.add(tx);
}

/** Raises the version when `tx` was marked (the runner calls this last, before commit). */
export async function raiseGraphVersion(tx: ManagedTransaction): Promise<void> {
  if (!changed.has(tx)) return;
  changed.delete(tx);
  await tx.run(loadCypher('system/graph-version-bump'));
}
