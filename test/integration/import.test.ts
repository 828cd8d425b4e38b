import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/driver';
import { importFiles } from '../../src/import/importer';
import { demoFiles, seedDemo } from '../../src/import/demo';
import { ImportValidationError } from '../../src/import/validate';
import { wipe, withCleanDatabase } from '../helpers/db';
import { expectEachTestLeavesGraphUnchanged, graphFingerprint } from '../helpers/graph';
import { scratchDir } from '../helpers/scratch';

const tmp = scratchDir('pg-import-');
const write = (name: string, content: unknown) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const demoCounts = () => {
  let entities = 0;
  let relations = 0;
  for (const f of demoFiles()) {
    const d = JSON.parse(fs.readFileSync(f, 'utf8'));
    entities += (d.entities ?? []).length;
    relations += (d.relations ?? []).length;
  }
  return { entities, relations };
};

/** Runs an import expected to fail; returns the error's messages. */
async function rejected(db: Database, files: string[]): Promise<string> {
  try {
    await importFiles(db, files);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportValidationError);
    return (e as Error).message;
  }
  throw new Error('import was expected to fail');
}

describe('import of the demo dataset', () => {
  const suite = withCleanDatabase();

  it('creates every entity and relation of data/demo, in one transaction', async () => {
    const s = await seedDemo(suite.db);
    const expected = demoCounts();
    expect(s.entities).toEqual({ created: expected.entities, updated: 0, unchanged: 0 });
    expect(s.relations).toEqual({ created: expected.relations, updated: 0, unchanged: 0 });
    expect(s.transactions).toBe(1);
    const fp = await graphFingerprint(suite.db);
    expect(fp.nodes).toBe(expected.entities);
    expect(fp.relationships).toBe(expected.relations);
  });

  it('reports zero changes when imported again, and leaves the graph identical', async () => {
    const before = await graphFingerprint(suite.db);
    const s = await seedDemo(suite.db);
    expect(s.entities.created + s.entities.updated).toBe(0);
    expect(s.relations.created + s.relations.updated).toBe(0);
    expect(await graphFingerprint(suite.db)).toEqual(before);
  });

  it('writes the same graph when committing small batches four at a time (the large-import path)', async () => {
    const single = await graphFingerprint(suite.db);
    await wipe(suite.db);
    const s = await importFiles(suite.db, demoFiles(), { batchSize: 20, concurrency: 4, singleTransactionLimit: 0 });
    expect(s.transactions).toBeGreaterThan(10);
    expect(await graphFingerprint(suite.db)).toEqual(single);
    const again = await importFiles(suite.db, demoFiles(), {
      batchSize: 20,
      concurrency: 4,
      singleTransactionLimit: 0,
    });
    expect(again.entities.created + again.entities.updated + again.relations.created + again.relations.updated).toBe(0);
  });

  it('updates only what changed', async () => {
    const file = write('update.json', {
      entities: [
        {
          kind: 'Region',
          id: 'malopolska',
          name: 'Małopolska',
          level: 'region',
          population: 3400000,
          populationYear: 2020,
          sources: ['src-smart-v4-spcleantech'],
        },
      ],
    });
    const s = await importFiles(suite.db, [file]);
    expect(s.entities).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const { records } = await suite.db.driver.executeQuery(
      'MATCH (r:Region {id: "malopolska"}) RETURN r.population AS p, r.areaKm2 AS a',
      {},
      { database: suite.db.database },
    );
    expect(records[0].get('p').toNumber()).toBe(3400000);
    expect(records[0].get('a')).toBeNull(); // an upsert replaces the record: absent fields are removed
    await seedDemo(suite.db); // restore
  });

  describe('malformed input is refused with file, record and field, and writes nothing', () => {
    expectEachTestLeavesGraphUnchanged(suite);

    it('names a missing id, an unknown kind, a bad date and a missing required field', async () => {
      const file = write('bad-entities.json', {
        entities: [
          { kind: 'Cluster', name: 'No Id Cluster' },
          { kind: 'Galaxy', id: 'milky-way', name: 'Milky Way' },
          { kind: 'Project', id: 'p-bad-date', name: 'Bad date', startDate: '2019-13-01' },
          { kind: 'Organisation', id: 'org-no-type', name: 'No type' },
          { kind: 'Cluster', id: 'fine-cluster', name: 'Fine' },
        ],
      });
      const msg = await rejected(suite.db, [file]);
      expect(msg).toMatch(/bad-entities\.json entities\[0\]: field "id": expected a slug/);
      expect(msg).toMatch(/entities\[1\] \(id "milky-way"\): field "kind": unknown kind "Galaxy"/);
      expect(msg).toMatch(
        /entities\[2\] \(id "p-bad-date"\): field "startDate": expected an ISO date .* got "2019-13-01"/,
      );
      expect(msg).toMatch(/entities\[3\] \(id "org-no-type"\): field "orgType": required for Organisation/);
      expect(msg).toMatch(/4 problem/);
    });

    it('names a dangling reference, a disallowed endpoint kind, a bad role and a duplicate', async () => {
      const file = write('bad-relations.json', {
        entities: [{ kind: 'Cluster', id: 'new-cluster', name: 'New Cluster' }],
        relations: [
          { type: 'MEMBER_OF', from: 'new-cluster', to: 'no-such-alliance' },
          { type: 'PART_OF', from: 'new-cluster', to: 'malopolska' },
          { type: 'PARTICIPATES_IN', from: 'new-cluster', to: 'smart-v4-strategies', role: 'sponsor' },
          { type: 'LOCATED_IN', from: 'new-cluster', to: 'krakow' },
          { type: 'LOCATED_IN', from: 'new-cluster', to: 'krakow' },
          { type: 'KNOWS', from: 'new-cluster', to: 'krakow' },
        ],
      });
      const msg = await rejected(suite.db, [file]);
      expect(msg).toMatch(/relations\[0\]: field "to": dangling reference: no entity with id "no-such-alliance"/);
      expect(msg).toMatch(
        /relations\[1\]: field "from": PART_OF cannot start at a Cluster \("new-cluster"\); expected Region/,
      );
      expect(msg).toMatch(
        /relations\[2\]: field "role": role of PARTICIPATES_IN must be one of lead, .* got "sponsor"/,
      );
      expect(msg).toMatch(
        /relations\[4\]: field "type": duplicate LOCATED_IN from "new-cluster" to "krakow" \(first in bad-relations\.json relations\[3\]\)/,
      );
      expect(msg).toMatch(/relations\[5\]: field "type": unknown relation type "KNOWS"/);
    });

    it('refuses a whole batch when only its last file is bad', async () => {
      const good = write('good.json', { entities: [{ kind: 'Cluster', id: 'good-cluster', name: 'Good Cluster' }] });
      const bad = write('bad.csv', 'kind,id,name,level,population\nRegion,nowhere,Nowhere,region,many\n');
      const msg = await rejected(suite.db, [good, bad]);
      expect(msg).toMatch(/bad\.csv line 2 \(id "nowhere"\): field "population": expected an integer, got "many"/);
    });

    it('refuses changing the kind of an existing entity, and unknown fields', async () => {
      const file = write(
        'kind-change.jsonl',
        [
          JSON.stringify({
            record: 'entity',
            kind: 'Organisation',
            id: 'krakow',
            name: 'Kraków Ltd',
            orgType: 'company',
          }),
          JSON.stringify({ record: 'entity', kind: 'Cluster', id: 'typo-cluster', name: 'Typo', foundd: '2001' }),
        ].join('\n'),
      );
      const msg = await rejected(suite.db, [file]);
      expect(msg).toMatch(
        /kind-change\.jsonl line 1 \(id "krakow"\): field "kind": id "krakow" already exists as a Region/,
      );
      expect(msg).toMatch(/line 2 \(id "typo-cluster"\): field "foundd": not a field of Cluster/);
    });

    it('reports invalid JSON with the file name', async () => {
      const msg = await rejected(suite.db, [write('broken.json', '{"entities": [')]);
      expect(msg).toMatch(/broken\.json document: field "json": not valid JSON/);
    });
  });
});
