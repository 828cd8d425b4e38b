import { CypherRunner } from '../../src/db/runner';
import { neo4jErrorCode } from '../../src/errors/format';
import { testDatabase, withCleanDatabase } from '../helpers/db';

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
