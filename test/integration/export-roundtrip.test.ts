import path from 'node:path';
import type { Database } from '../../src/db/driver';
import { exportGraph } from '../../src/export/exporter';
import type { ExportFormat } from '../../src/export/formats';
import { seedDemo } from '../../src/import/demo';
import { importFiles } from '../../src/import/importer';
import { testDatabase, wipe } from '../helpers/db';
import { graphFingerprint } from '../helpers/graph';
import { scratchDir } from '../helpers/scratch';

describe('import(export(db)) reproduces the graph', () => {
  let db: Database;
  let original: Awaited<ReturnType<typeof graphFingerprint>>;
  const dir = scratchDir('pg-export-');
  beforeAll(async () => {
    db = await testDatabase();
    await wipe(db);
    await seedDemo(db);
    // Owners must survive the round trip (docs/access.md, "Ownership"): every project is owned by the first
    // organisation, every organisation by itself; the demo's other entities are owned by no one.
    const owned = await db.driver.executeQuery(
      `MATCH (o:Organisation) WITH collect(o.id) AS orgs
       MATCH (e:Entity) WHERE e:Project OR e:Organisation
       SET e.owner = CASE WHEN e:Project THEN orgs[0] ELSE e.id END
       RETURN count(e) AS n`,
      {},
      { database: db.database },
    );
    expect(owned.records[0].get('n').toNumber()).toBeGreaterThan(10);
    original = await graphFingerprint(db);
    expect(original.nodes).toBeGreaterThan(100);
  });
  afterAll(async () => {
    await wipe(db);
    await db.driver.close();
  });

  it.each<[ExportFormat, string]>([
    ['json', 'graph.json'],
    ['jsonl', 'graph.jsonl'],
    ['csv', 'csv'],
    ['graphml', 'graph.graphml'],
  ])('through %s', async (format, name) => {
    const out = path.join(dir, name);
    const s = await exportGraph(db, format, out);
    expect(s.entities).toBe(original.nodes);
    expect(s.relations).toBe(original.relationships);
    await wipe(db);
    expect((await graphFingerprint(db)).nodes).toBe(0);
    // CSV: entities first so that the relations file can refer to them (one batch either way).
    const files = format === 'csv' ? [path.join(out, 'entities.csv'), path.join(out, 'relations.csv')] : [out];
    const imported = await importFiles(db, files);
    expect(imported.entities.created).toBe(original.nodes);
    expect(imported.relations.created).toBe(original.relationships);
    expect(await graphFingerprint(db)).toEqual(original);
  });
});
