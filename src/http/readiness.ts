import { loadCypher } from '../db/cypher';
import type { Database } from '../db/driver';

const PROBE_TIMEOUT_MS = 2_000;

/**
 * Whether Neo4j answers a query within 2 s. One session run, no retries: a load balancer polls this
 * and needs a quick no while the database is down, not the request path's patience.
 */
export async function isReady(db: Database): Promise<{ ready: boolean; reason?: string }> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  let timer: NodeJS.Timeout | undefined;
  try {
    const probe = session.run(loadCypher('system/ping'), {}, { timeout: PROBE_TIMEOUT_MS });
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
    });
    await Promise.race([probe, late]);
    return { ready: true };
  } catch (e) {
    return { ready: false, reason: (e as Error).message.split('\n')[0] };
  } finally {
    clearTimeout(timer);
    session.close().catch(() => undefined);
  }
}
