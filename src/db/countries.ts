import type { ManagedTransaction } from 'neo4j-driver';
import { markGraphChanged } from './graph-version';
import { forEveryEntityPage, writeInBatches } from './intervals';
import type { CypherRunner } from './runner';

/**
 * Re-derives, inside the caller's transaction, the country the entities `ids` lie in (cypher/list/store-countries),
 * and with `below` that of every entity located under them; returns how many changed.
 */
export function storeCountries(tx: ManagedTransaction, ids: readonly string[], below: boolean): Promise<number> {
  if (ids.length) markGraphChanged(tx);
  return writeInBatches(tx, 'list/store-countries', ids, { below });
}

/** Stores the country of every entity, a transaction per page of entities (migration 009, for data already there). */
export function storeAllCountries(runner: CypherRunner): Promise<number> {
  return forEveryEntityPage(runner, (tx, ids) => storeCountries(tx, ids, false));
}
