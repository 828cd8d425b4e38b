import { isRetriableError } from 'neo4j-driver';
import { ErrorCode } from '../errors/errors';
import { ENTITY_NOT_FOUND, neo4jErrorCode } from '../errors/format';
import type { Database } from './driver';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long to wait before trying again, or undefined to give up: transient errors (deadlocks, a
 * leader switch) are retried for `retryMs`, an unreachable database only for `unavailableRetryMs`
 * (requests fail fast while it is down), neither past `deadline`; memory errors never (the same query
 * would need the same memory).
 */
function retryDelay(db: Database, e: unknown, attempt: number, started: number, deadline?: number): number | undefined {
  // a concurrent delete: run again, it sees the deletion
  const raced = (e as { code?: string })?.code === ENTITY_NOT_FOUND;
  if (!(e instanceof Error) || !(isRetriableError(e) || raced) || neo4jErrorCode(e) === ErrorCode.RESOURCE_LIMIT)
    return undefined;
  const code = (e as { code?: string }).code;
  const limit =
    code === 'ServiceUnavailable' || code === 'SessionExpired' ? db.retry.unavailableRetryMs : db.retry.retryMs;
  const delay = Math.min(1000, 50 * 2 ** attempt) * (0.8 + Math.random() * 0.4);
  const now = Date.now();
  if (now + delay - started > limit) return undefined;
  if (deadline !== undefined && now + delay >= deadline) return undefined;
  return delay;
}

/**
 * Runs `work` (one managed transaction in a fresh session), trying again after retriable errors with
 * jittered exponential back-off. The driver's own retry loop is off (maxTransactionRetryTime 0): it
 * would keep requests waiting 30 s while the database is down, and it cannot see a request's budget.
 */
export async function withRetries<R>(db: Database, work: () => Promise<R>, deadline?: number): Promise<R> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      const wait = retryDelay(db, e, attempt, started, deadline);
      if (wait === undefined) throw e;
      await sleep(wait);
    }
  }
}
