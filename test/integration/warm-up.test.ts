import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { databaseOf, type Database } from '../../src/db/driver';
import { warmUp, warmUpSteps } from '../../src/http/warm-up';
import { startApiProcess } from '../helpers/api-process';
import { testDatabase, wipe } from '../helpers/db';
import { seedDemo } from '../../src/import/demo';
import { startTestServer } from '../helpers/server';

const nodes = async (db: Database) =>
  (await db.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: db.database })).records[0]
    .get('n')
    .toNumber();

describe('the warm-up after a start: the hot statements planned before the server says ready', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
    await wipe(db);
    await seedDemo(db);
  }, 120_000);
  afterAll(async () => {
    await wipe(db);
    await db.driver.close();
  });

  it('runs every hot statement once and writes nothing (an id no entity has: nothing is read, the plan is made)', async () => {
    const before = await nodes(db);
    const report = await warmUp(db, 600_000);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.planned.map((p) => p.label)).toEqual(warmUpSteps().map((s) => s.label));
    expect(report.planned.map((p) => p.label)).toEqual(
      expect.arrayContaining(['matches', 'matches asOf', 'matches (organisation)', 'list filtered', 'relations']),
    );
    expect(await nodes(db)).toBe(before);
  }, 600_000);

  it('a spent budget starts no further step: with none, every step is skipped and nothing runs', async () => {
    const report = await warmUp(db, 0);
    expect(report.planned).toEqual([]);
    expect(report.skipped).toEqual(warmUpSteps().map((s) => s.label));
  });

  it('a database that is down fails the first step, starts no other (they would fail the same) and the warm-up still returns (it never throws at a start)', async () => {
    // Configured as src/db/driver.ts configures the server's (no retry loop of the driver's own: the runner's,
    // which the warm-up turns off).
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'), {
      connectionAcquisitionTimeout: 2_000,
      connectionTimeout: 2_000,
      maxTransactionRetryTime: 0,
    });
    try {
      const report = await warmUp(databaseOf(driver, 'neo4j', 'bolt://127.0.0.1:1'), 600_000);
      const [first, ...rest] = warmUpSteps().map((s) => s.label);
      expect(report.planned).toEqual([]);
      expect(report.failed.map((f) => f.label)).toEqual([first]);
      expect(report.skipped).toEqual(rest);
      // What is logged names the step and the cause, on one line.
      for (const f of report.failed) expect(f.error).not.toContain('\n');
    } finally {
      await driver.close();
    }
  }, 120_000);

  it('the server answers not ready, naming why, while start-up work runs, and ready once it settles, even failed', async () => {
    const t = await startTestServer(db);
    try {
      let finish!: () => void;
      let fail!: (e: Error) => void;
      t.server.notReadyUntil(new Promise<void>((r) => (finish = r)), 'planning the hot statements (warm-up)');
      const warming = await fetch(`${t.url}/ready`);
      expect(warming.status).toBe(503);
      expect(await warming.json()).toEqual({ ready: false, reason: 'planning the hot statements (warm-up)' });
      // The API answers meanwhile: not ready is for load balancers, not a refusal.
      expect((await t.gql('{ entity(id: "silesian-aviation-cluster") { id } }')).errors).toBeUndefined();
      finish();
      await new Promise((r) => setImmediate(r));
      expect((await fetch(`${t.url}/ready`)).status).toBe(200);

      t.server.notReadyUntil(
        new Promise<void>((_, reject) => (fail = reject)),
        'planning the hot statements (warm-up)',
      );
      expect((await fetch(`${t.url}/ready`)).status).toBe(503);
      fail(new Error('the database went away'));
      await new Promise((r) => setImmediate(r));
      expect((await fetch(`${t.url}/ready`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('a production start plans before it says ready, and logs each statement it planned with its time', async () => {
    const api = await startApiProcess('warm-up', { WARM_UP_BUDGET_MS: '120000' });
    try {
      const lines = fs
        .readFileSync(api.logFile, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { msg: string; planned?: { label: string; ms: number }[]; failed?: unknown[] });
      const done = lines.find((l) => l.msg.startsWith('warm-up done'));
      expect(done).toBeDefined();
      expect(done!.failed).toEqual([]);
      expect(done!.planned!.map((p) => p.label)).toEqual(warmUpSteps().map((s) => s.label));
      // It was logged before the process first answered ready: startApiProcess returned only then.
    } finally {
      await api.stop();
    }
  }, 360_000);
});
