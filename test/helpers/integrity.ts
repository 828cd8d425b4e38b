import path from 'node:path';
import type { Database } from '../../src/db/driver';
import { exportGraph } from '../../src/export/exporter';
import { importFiles, importRecords } from '../../src/import/importer';
import { wipe } from './db';
import { graphFingerprint } from './graph';
import { withScratchDir } from './scratch';
import { TEST_EDITOR_ORG } from './server';

const rows = async (db: Database, cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(cypher, params, { database: db.database })).records.map((r) => r.toObject());

/** Citations (an entity's or a relationship's `sources`) naming no Source: `citer → source`. */
export async function danglingCitations(db: Database): Promise<string[]> {
  const found = await rows(
    db,
    `CALL () {
       MATCH (c:Entity) UNWIND c.sources AS s RETURN c.id AS citer, s
       UNION ALL
       MATCH (x:Entity)-[r]->(y:Entity) UNWIND r.sources AS s RETURN x.id + ' -' + type(r) + '-> ' + y.id AS citer, s
     }
     WITH citer, s WHERE NOT EXISTS { MATCH (:Source {id: s}) }
     RETURN citer + ' → ' + s AS dangling`,
  );
  return found.map((r) => r.dangling as string);
}

/** Imports Sources straight into the database (the API has no mutation for them). */
export async function importSources(db: Database, ids: string[]): Promise<void> {
  await importRecords(
    db,
    ids.map((id, i) => ({
      origin: { file: 'test', record: `sources[${i}]` },
      // Owned by the test editor's organisation: the editor suites delete and cite them (docs/access.md).
      entity: { kind: 'Source', id, name: `Source ${id}`, title: `Source ${id}`, owner: TEST_EDITOR_ORG },
    })),
  );
}

/**
 * Exports the graph as JSON, wipes the database and imports the file: throws if the import refuses it,
 * and resolves with whether the graph came back identical (the database then holds the re-import).
 */
export async function exportReimports(db: Database): Promise<{ identical: boolean; nodes: number }> {
  const before = await graphFingerprint(db);
  await withScratchDir('pg-integrity-', async (dir) => {
    const file = path.join(dir, 'graph.json');
    await exportGraph(db, 'json', file);
    await wipe(db);
    await importFiles(db, [file]);
  });
  const after = await graphFingerprint(db);
  return { identical: after.checksum === before.checksum, nodes: after.nodes };
}
