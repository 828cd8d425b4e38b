import { CypherRunner } from '../../src/db/runner';
import { neo4jErrorCode } from '../../src/errors/format';
import { connectTo } from '../../tools/localdb/target';
import { testDatabase, withCleanDatabase } from '../helpers/db';
import { testConfig } from '../helpers/neo4j-target';

describe('writing to the real Neo4j and reading back', () => {
  const suite = withCleanDatabase();

  it('round-trips strings, integers beyond 2^31, floats, lists and dates', async () => {
    // Written as parameters, read back as one map: what comes back must be exactly what went in.
    const probe = {
      id: 'probe-1',
      name: 'Małopolska',
      big: 3_330_000_000,
      ratio: 0.087,
      tags: ['a', 'b'],
      on: '2019-07-02',
    };
    const runner = new CypherRunner(suite.db);
    await runner.writeTx((tx) =>
      tx.run('CREATE (:Probe {id: $id, name: $name, big: $big, ratio: $ratio, tags: $tags, on: date($on)})', probe),
    );
    const rows = await runner.writeTx(
      async (tx) => (await tx.run('MATCH (p:Probe {id: $id}) RETURN p { .* } AS p', { id: 'probe-1' })).records,
    );
    const { toNative } = await import('../../src/db/values');
    expect(toNative(rows[0].get('p'))).toEqual(probe);
    expect(runner.roundTrips).toBe(2);
  });
});

describe('query time budget', () => {
  it('stops a runaway query at its transaction timeout and maps it to TIMEOUT', async () => {
    const db = await testDatabase();
    const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
    let error: unknown;
    try {
      await session.executeRead(
        (tx) => tx.run('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n'),
        { timeout: 200 },
      );
    } catch (e) {
      error = e;
    } finally {
      await session.close();
      await db.driver.close();
    }
    expect(neo4jErrorCode(error)).toBe('TIMEOUT');
  });
});

describe('a pool with every connection busy', () => {
  // Under load every pooled connection can be in use for longer than the acquisition timeout: the driver
  // then fails with a code-less error, which was reported as INTERNAL_SERVER_ERROR (load test, 50 users).
  it('answers DATABASE_UNAVAILABLE (retry shortly), not an internal error, when no connection frees in time', async () => {
    const config = testConfig();
    const db = await connectTo({ ...config, neo4j: { ...config.neo4j, poolSize: 1, acquireTimeoutMs: 300 } });
    const holder = db.driver.session({ database: db.database });
    const waiter = db.driver.session({ database: db.database });
    let error: unknown;
    try {
      const tx = await holder.beginTransaction(); // takes the only connection
      try {
        await waiter.run('RETURN 1');
      } catch (e) {
        error = e;
      }
      await tx.rollback();
    } finally {
      await waiter.close();
      await holder.close();
      await db.driver.close();
    }
    expect(String(error)).toMatch(/acquisition timed out/);
    expect(neo4jErrorCode(error)).toBe('DATABASE_UNAVAILABLE');
  });
});
