import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/driver';
import { toNative } from '../../src/db/values';
import { demoFiles, seedDemo } from '../../src/import/demo';
import { testDatabase, wipe } from '../helpers/db';

const oracle: { name: string; id: string }[] = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../fixtures/seed-names.json'), 'utf8'),
);
const docs = demoFiles().map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const entities: any[] = docs.flatMap((d) => d.entities ?? []);
const relations: any[] = docs.flatMap((d) => d.relations ?? []);
const lucene = (s: string) => s.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ').trim();

describe('the demo dataset (curated from ../shared/seeds)', () => {
  let db: Database;
  const one = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await db.driver.executeQuery(cypher, params, { database: db.database })).records.map(
      (r) => toNative(r.toObject()) as any,
    );
  beforeAll(async () => {
    db = await testDatabase();
    await wipe(db);
    await seedDemo(db);
  });
  afterAll(async () => {
    await wipe(db);
    await db.driver.close();
  });

  it('backs every entity and every relation with at least one source document', () => {
    const sources = new Set(entities.filter((e) => e.kind === 'Source').map((e) => e.id));
    expect(sources.size).toBe(5);
    for (const e of entities.filter((x) => x.kind !== 'Source'))
      expect([e.id, e.sources?.length > 0]).toEqual([e.id, true]);
    for (const r of relations)
      expect([r.from, r.type, r.to, r.sources?.length > 0]).toEqual([r.from, r.type, r.to, true]);
  });

  it('holds every name the documents use, as a name or alias of the right entity', async () => {
    expect(oracle.length).toBeGreaterThan(150);
    const rows = await one(
      'UNWIND $names AS n MATCH (e:Entity {id: n.id}) RETURN n.name AS name, e.id AS id, [x IN [e.name] + e.aliases WHERE toLower(x) = toLower(n.name)] AS hits',
      { names: oracle },
    );
    expect(rows).toHaveLength(oracle.length);
    expect(rows.filter((r) => r.hits.length === 0)).toEqual([]);
  });

  it('finds every one of those names through the full-text index (top 10)', async () => {
    const misses: string[] = [];
    for (const { name, id } of oracle) {
      const hits = await one(
        'CALL db.index.fulltext.queryNodes("entity_search", $q, {limit: 10}) YIELD node RETURN node.id AS id',
        { q: lucene(name) },
      );
      if (!hits.some((h) => h.id === id)) misses.push(`${name} → ${id}`);
    }
    expect(misses).toEqual([]);
  });

  it('keeps the facts the documents state', async () => {
    const [malopolska] = await one(
      'MATCH (r:Region {id: "malopolska"})-[:PART_OF]->(p) RETURN r.population AS population, r.populationYear AS year, r.areaKm2 AS area, p.id AS parent',
    );
    expect(malopolska).toEqual({ population: 3_330_000, year: 2011, area: 15_200, parent: 'poland' });
    const [bb] = await one(
      'MATCH (r:Region {id: "bielsko-biala-subregion"}) RETURN r.population AS population, r.areaKm2 AS area',
    );
    expect(bb).toEqual({ population: 665_000, area: 2352 });
    const kncs = await one('MATCH (c:Cluster) WHERE "key-national-cluster" IN c.labels RETURN c.id AS id ORDER BY id');
    expect(kncs.map((r) => r.id)).toEqual([
      'medsilesia',
      'metal-processing-cluster',
      'polish-construction-cluster',
      'sustainable-infrastructure-cluster',
    ]);
    const ecri = await one(
      'MATCH (c:Cluster)-[:PARTICIPATES_IN]->(:Project {id: "ecri"}) RETURN c.id AS id ORDER BY id',
    );
    expect(ecri.map((r) => r.id)).toEqual(['bioib', 'biopmed', 'hellenic-biocluster', 'klaster-lifescience-krakow']);
    const [icei] = await one(
      'MATCH (:Cluster {id: "south-poland-cleantech-cluster"})-[f:FOUNDED]->(:Alliance {id: "icei-alliance"}) RETURN f.role AS role, f.sources AS sources',
    );
    expect(icei).toEqual({ role: 'co-founder', sources: ['src-smart-v4-spcleantech'] });
    const [katowice] = await one(
      'MATCH (e:Event {id: "clusters-meet-regions-katowice-2022"})-[:LOCATED_IN]->(c) RETURN e.startDate AS start, e.endDate AS end, c.id AS city',
    );
    expect(katowice).toEqual({ start: '2022-11-07', end: '2022-11-08', city: 'katowice' });
    const [visit] = await one(
      'MATCH (e:Event {id: "podlasie-study-visit-2019"}) RETURN e.startDate AS start, e.endDate AS end',
    );
    expect(visit).toEqual({ start: '2019-07-02', end: '2019-07-04' });
  });

  it('merges an entity named in two documents into one node with both sources', async () => {
    const [m] = await one('MATCH (r:Entity) WHERE r.name = "Małopolska" RETURN count(r) AS n, r.sources AS sources');
    expect(m.n).toBe(1);
    expect(m.sources).toEqual(expect.arrayContaining(['src-smart-v4-spcleantech', 'src-ecri-study-visit']));
  });
});
