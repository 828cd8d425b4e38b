import { LocalNeo4j } from '../../tools/localdb/launcher';
import { testConfig } from '../helpers/neo4j-target';

// The launcher is only in play when the tests run their own local Neo4j.
const local = process.env.PG_TEST_LOCAL_NEO4J === '1' ? describe : describe.skip;

local('local Neo4j launcher', () => {
  const neo = new LocalNeo4j(testConfig().local, () => undefined);

  it('treats a second start as a no-op (same process)', async () => {
    const before = neo.pid();
    expect(before).toBeDefined();
    await neo.start();
    expect(neo.pid()).toBe(before);
  });

  it('recovers after the Neo4j process was killed with SIGKILL', async () => {
    const pid = neo.pid()!;
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && neo.pid() !== undefined; i++) await new Promise((r) => setTimeout(r, 100));
    expect(neo.pid()).toBeUndefined();
    expect((await neo.status()).answering).toBe(false);
    await neo.start();
    const after = await neo.status();
    expect(after.running).toBe(true);
    expect(after.answering).toBe(true);
    expect(after.pid).not.toBe(pid);
  }, 240_000);
});
