import type { ManagedTransaction } from 'neo4j-driver';
import { DERIVE_BATCH, forEveryEntityPage } from './intervals';
import { runInTx, type CypherRunner } from './runner';

/**
 * Re-derives, inside the caller's transaction, the country the entities `ids` lie in (cypher/list/store-countries),
 * and with `below` that of every entity located under them; returns how many changed.
 */
export async function storeCountries(tx: ManagedTransaction, ids: readonly string[], below: boolean): Promise<number> {
  let written = 0;
  for (let i = 0; i < ids.length; i += DERIVE_BATCH) {
    const [row] = await runInTx<{ written: number }>(tx, 'list/store-countries', {
      ids: ids.slice(i, i + DERIVE_BATCH),
      below,
    });
    written += row.written;
  }
  return written;
}

/** Stores the country of every entity, a transaction per page of entities (migration 009, for data already there). */
export function storeAllCountries(runner: CypherRunner): Promise<number> {
  return forEveryEntityPage(runner, (tx, ids) => storeCountries(tx, ids, false));
}
