import 'reflect-metadata';
import { Command, Option } from 'commander';
import { loadConfig } from '../../src/config';
import { connectTo } from '../localdb/target';
import { exportGraph } from '../../src/export/exporter';
import type { ExportFormat } from '../../src/export/formats';
import { runCli } from './run';
import { viewerOf } from '../../src/auth/roles';
import { scopeOf } from '../../src/auth/scope';
import { CypherRunner } from '../../src/db/runner';

const program = new Command('export')
  .description('Export the whole graph in the import format (import of the export reproduces the graph)')
  .addOption(
    new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'csv', 'graphml']).default('json'),
  )
  .option('--out <path>', 'output file (a folder for csv)')
  .option('--as-org <id>', 'only the ties this organisation may see (docs/access.md); default: every tie')
  .action((opts: { format: ExportFormat; out?: string; asOrg?: string }) =>
    runCli(async () => {
      const out = opts.out ?? (opts.format === 'csv' ? 'export' : `export.${opts.format}`);
      const db = await connectTo(loadConfig());
      try {
        const viewer = opts.asOrg ? viewerOf('cli', 'internal', ['viewer'], opts.asOrg) : undefined;
        const scope = viewer && (await scopeOf(new CypherRunner(db), viewer));
        const s = await exportGraph(db, opts.format, out, scope);
        console.log(`Exported ${s.entities} entities and ${s.relations} relations to ${s.files.join(', ')}`);
      } finally {
        await db.driver.close();
      }
    }),
  );

void program.parseAsync();
