import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/driver';
import { CYPHER_DIR } from '../../src/db/cypher';
import { migrate } from '../../src/db/migrate';
import { testDatabase } from '../helpers/db';

describe('migrations', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(() => db.driver.close());

  it('are recorded once each and a second run applies nothing', async () => {
    await migrate(db);
    const again = await migrate(db);
    expect(again.applied).toEqual([]);
    const files = fs.readdirSync(path.join(CYPHER_DIR, 'migrations')).filter((f) => f.endsWith('.cypher'));
    expect(again.skipped).toHaveLength(files.length);
    const { records } = await db.driver.executeQuery(
      'MATCH (m:Migration) RETURN m.id AS id ORDER BY id',
      {},
      { database: db.database },
    );
    expect(records.map((r) => r.get('id'))).toEqual(files.map((f) => f.replace('.cypher', '')).sort());
  });

  it('create the migration-id uniqueness constraint', async () => {
    const { records } = await db.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      {},
      { database: db.database },
    );
    expect(records[0].get('names')).toContain('migration_id');
  });
});
