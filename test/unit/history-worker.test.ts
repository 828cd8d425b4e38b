import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { demoFiles } from '../../src/import/demo';
import { readImportFile } from '../../src/import/readers';
import { toEntityRow, toRelationRow, type ParsedRecord } from '../../src/import/records';
import { createdFields, fieldChanges, INTERNAL_IMPORT } from '../../src/modules/history/history.writer';
import { ChangeCsv, planChanges } from '../../tools/bulk/history-csv';
import { startHistoryWorker } from '../../tools/bulk/history-worker';

// The bulk loader writes the history log's CSV on a worker thread that reads the input files again
// (tools/bulk/history-worker.ts), and writes a created entity's or tie's fields without fieldChanges' list. Both must
// give byte for byte what the single-threaded path gave: test/bulk compares the loaded history with the online
// import's, but only under `npm run test:bulk`; these run in every `npm test`.

const files = [...demoFiles(), path.join(PROJECT_ROOT, 'test', 'fixtures', 'bulk-quirks.jsonl')];
const at = '2026-12-04T05:00:00.000Z';
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-history-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readAll(): Promise<ParsedRecord[]> {
  const records: ParsedRecord[] = [];
  for (const f of files) records.push(...(await readImportFile(f)));
  return records;
}

/** The Change file as the main thread writes it from the records it holds (the path before the worker). */
async function inThread(records: ParsedRecord[], into: string): Promise<string> {
  fs.mkdirSync(into);
  const csv = new ChangeCsv(into, planChanges(records), { author: INTERNAL_IMPORT, at: new Date(at) });
  for (const r of records) {
    const wait = r.entity ? csv.entity(toEntityRow(r.entity)) : csv.tie(toRelationRow(r.relation!));
    if (wait) await wait;
  }
  await csv.close();
  return fs.readFileSync(path.join(into, 'changes.csv'), 'utf8');
}

describe('bulk loading: the history worker', () => {
  it('writes the Change file the main thread would, seq for seq (Sources first, then entities, then ties)', async () => {
    const records = await readAll();
    const plan = planChanges(records);
    const expected = await inThread(records, path.join(dir, 'expected'));
    const worker = startHistoryWorker({ files, dir, plan, author: INTERNAL_IMPORT, at });
    const written = await worker.done;
    expect(written.changes).toBe(records.length);
    expect(written.nodes.map((n) => n.labels)).toEqual(['Change', 'ChangeLog']);
    expect(fs.readFileSync(path.join(dir, 'changes.csv'), 'utf8')).toBe(expected);
    expect(fs.readFileSync(path.join(dir, 'change-log.csv'), 'utf8')).toBe(`id,seq:long\n"log",${records.length}\n`);
  });

  it('a file that disappears before the worker reads it fails the load with its name, not a hung worker', async () => {
    const gone = path.join(dir, 'gone.jsonl');
    const worker = startHistoryWorker({ files: [gone], dir, plan: planChanges([]), author: INTERNAL_IMPORT, at });
    await expect(worker.done).rejects.toThrow(/history writer failed.*gone\.jsonl/);
  });

  it('a refused load cancels the worker: it stops and its promise does not resolve later', async () => {
    const records = await readAll();
    const worker = startHistoryWorker({ files, dir, plan: planChanges(records), author: INTERNAL_IMPORT, at });
    await worker.cancel();
    const outcome = await Promise.race([
      worker.done.then(
        () => 'resolved',
        () => 'rejected',
      ),
      new Promise((r) => setTimeout(() => r('pending'), 200)),
    ]);
    expect(outcome).toBe('pending');
  });
});

describe('history: the fields of a creation', () => {
  const value = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(Number.NaN),
    fc.string(),
    fc.double(),
    fc.integer().map((n) => neo4j.int(n)),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.boolean(),
  );
  const key = fc.oneof(
    fc.string({ minLength: 1, maxLength: 8 }),
    fc.constantFrom('sortName', 'validFrom', 'tieCount', 'countryId', '_lock', 'name', 'Name', 'é', 'z'),
  );

  it('are what fieldChanges(null, after) gives as JSON, for any map (derived and bookkeeping fields left out)', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 12 }), (after) => {
        expect(createdFields(after)).toBe(JSON.stringify(fieldChanges(null, after)));
      }),
      { numRuns: 500 },
    );
  });
});
