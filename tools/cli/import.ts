import 'reflect-metadata';
import { Command, Option } from 'commander';
import { loadConfig } from '../../src/config';
import { connectTo } from '../localdb/target';
import { migrate } from '../../src/db/migrate';
import { importFiles, type ImportSummary } from '../../src/import/importer';
import { demoFiles, seedDemo } from '../../src/import/demo';
import { bulkImport, type BulkImportSummary } from '../bulk/bulk-import';
import { progressBar } from './progress';
import { positiveInt, runCli } from './run';

/** Prints an import summary: created/updated/unchanged and the write rate. */
export function printSummary(s: ImportSummary): void {
  const c = (x: ImportSummary['entities']) => `${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged`;
  console.log(`Entities: ${c(s.entities)}\nRelations: ${c(s.relations)}`);
  const p = s.phases;
  console.log(
    `${s.seconds.toFixed(1)} s in ${s.transactions} transaction(s) (validate ${p.validate.toFixed(1)} s, entities ${p.entities.toFixed(1)} s, relations ${p.relations.toFixed(1)} s); ${s.relationshipsPerSecond} relationships/s`,
  );
}

/** Prints what a bulk load stored and where its time went. */
function printBulkSummary(s: BulkImportSummary): void {
  const p = s.phases;
  const f = (x: number) => x.toFixed(1);
  console.log(
    `Entities: ${s.entities} created\nRelations: ${s.relations} created\nHistory: ${s.changes} changes recorded`,
  );
  console.log(
    `${f(s.seconds)} s end to end (read ${f(p.read)} s, validate ${f(p.validate)} s, convert ${f(p.convert)} s` +
      (s.historyWriter ? ` with the history written beside them in ${f(s.historyWriter)} s, ` : ', ') +
      `stop ${f(p.stop)} s, neo4j-admin ${f(p.neo4jAdmin)} s, start ${f(p.start)} s, migrations and indexes ${f(p.migrations)} s); ` +
      `${s.relationshipsPerSecond} relationships/s in neo4j-admin`,
  );
}

/** Runs `--bulk`: one progress bar per phase, like the online import's. */
async function runBulk(files: string[], replace: boolean): Promise<void> {
  let bar: ReturnType<typeof progressBar> | undefined;
  let current = '';
  try {
    const summary = await bulkImport(loadConfig(), files, {
      replace,
      onProgress: (phase, done, total) => {
        if (phase !== current) {
          bar?.stop();
          bar = progressBar(phase);
          current = phase;
        }
        bar!.update(done, total);
      },
    });
    bar?.stop();
    printBulkSummary(summary);
  } catch (e) {
    bar?.stop();
    throw e;
  }
}

const program = new Command('import')
  .description(
    'Import JSON, JSON Lines, CSV or GraphML records (docs/import-format.md); validates everything before writing',
  )
  .argument('[files...]', 'files to import together')
  .option('--demo', 'import the demo dataset from data/demo (what `npm run seed` does)')
  .addOption(
    new Option('--batch-size <n>', 'rows per UNWIND batch (1 to 100000)').argParser(positiveInt(100_000)).default(5000),
  )
  .addOption(
    new Option('--concurrency <n>', 'batches written at once in large imports (1 to 64)')
      .argParser(positiveInt(64))
      .default(4),
  )
  .option('--one-per-transaction', 'write every record in a transaction of its own (slow; for comparison only)')
  .option(
    '--bulk',
    'load into an empty local database with neo4j-admin (stops and restarts it; docs/operations.md, "Bulk loading")',
  )
  .option('--replace', 'with --bulk: replace a database that holds data (everything in it is discarded)')
  .action(
    (
      files: string[],
      opts: {
        demo?: boolean;
        batchSize: number;
        concurrency: number;
        onePerTransaction?: boolean;
        bulk?: boolean;
        replace?: boolean;
      },
    ) =>
      runCli(async () => {
        if (!opts.demo && files.length === 0)
          throw Object.assign(new Error('Name at least one file to import (or --demo)'), { cliMessage: true });
        if (opts.replace && !opts.bulk)
          throw Object.assign(new Error('--replace only applies to --bulk'), { cliMessage: true });
        if (opts.bulk) return runBulk(opts.demo ? demoFiles() : files, opts.replace ?? false);
        const db = await connectTo(loadConfig());
        const bar = progressBar('import');
        try {
          await migrate(db);
          const options = opts.onePerTransaction
            ? { batchSize: 1, concurrency: 1, singleTransactionLimit: 0, onProgress: bar.update }
            : { batchSize: opts.batchSize, concurrency: opts.concurrency, onProgress: bar.update };
          const summary = opts.demo ? await seedDemo(db, options) : await importFiles(db, files, options);
          bar.stop();
          printSummary(summary);
        } catch (e) {
          bar.stop();
          throw e;
        } finally {
          await db.driver.close();
        }
      }),
  );

void program.parseAsync();
