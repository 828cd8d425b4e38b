import crypto from 'node:crypto';
import type { Database } from '../../src/db/driver';
import { toNative } from '../../src/db/values';

/** Counts and a checksum of every entity and relationship (properties included), to prove "unchanged". */
export async function graphFingerprint(
  db: Database,
): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const q = async (cypher: string) =>
    (await db.driver.executeQuery(cypher, {}, { database: db.database })).records.map((r) =>
      JSON.stringify(toNative(r.toObject())),
    );
  const nodes = await q('MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, properties(e) AS p ORDER BY id');
  const rels = await q(
    'MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b',
  );
  // Property maps come back with keys in no fixed order: sort them before hashing.
  const canon = (s: string) =>
    JSON.stringify(JSON.parse(s), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
    );
  const checksum = crypto
    .createHash('sha256')
    .update([...nodes, ...rels].map(canon).join('\n'))
    .digest('hex');
  return { nodes: nodes.length, relationships: rels.length, checksum };
}

/** In a describe block whose tests must write nothing: after each test, the graph is what it was before the block. */
export function expectEachTestLeavesGraphUnchanged(suite: { db: Database }): void {
  let before: Awaited<ReturnType<typeof graphFingerprint>>;
  beforeAll(async () => {
    before = await graphFingerprint(suite.db);
  });
  afterEach(async () => {
    expect(await graphFingerprint(suite.db)).toEqual(before);
  });
}
