import type { Database } from '../db/driver';
import { CypherRunner } from '../db/runner';

const PROBE_TIMEOUT_MS = 2_000;

/**
 * Whether Neo4j answers a query within 2 s. One read, no retries: a load balancer polls this
 * and needs a quick no while the database is down, not the request path's patience.
 */
export async function isReady(db: Database): Promise<{ ready: boolean; reason?: string }> {
  const runner = new CypherRunner(db, {
    deadline: Date.now() + PROBE_TIMEOUT_MS,
    retries: false,
    metadata: { requestId: 'readiness', operation: 'ready' },
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const probe = runner.read('system/ping');
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Neo4j did not answer within ${PROBE_TIMEOUT_MS} ms`)),
        PROBE_TIMEOUT_MS,
      );
    });
    await Promise.race([probe, late]);
    return { ready: true };
  } catch (e) {
    return { ready: false, reason: (e as Error).message.split('\n')[0] };
  } finally {
    clearTimeout(timer);
  }
}
