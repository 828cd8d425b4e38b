import type { LocalNeo4j } from '../localdb/launcher';
import type { BulkCsv } from './csv';

/** neo4j-admin stopped without importing: its exit code or signal and the end of what it printed. */
export class AdminImportError extends Error {
  readonly cliMessage = true;
}

export interface AdminImportOptions {
  database: string;
  /** Called with the progress of neo4j-admin's current stage (nodes, relationships, linking…), in percent. */
  onProgress?: (percent: number, stage: number) => void;
  /** Called once neo4j-admin runs, with a way to stop it (the CLI's Ctrl-C; the tests' simulated crash). */
  onStarted?: (kill: (signal: NodeJS.Signals) => void, pid: number) => void;
}

// neo4j-admin imports in stages (nodes, relationships, linking, post-processing); each prints rows of dots ending
// in its own percentage (5 %, 10 % … 100 %), so a percentage lower than the last one starts the next stage.

/**
 * Runs `neo4j-admin database import full` on the stopped local Neo4j. Bad entries are not tolerated
 * (`--bad-tolerance=0`): the records were validated, so one would be a bug of the conversion, never data to skip.
 */
export async function runAdminImport(local: LocalNeo4j, csv: BulkCsv, options: AdminImportOptions): Promise<string> {
  const args = [
    'database',
    'import',
    'full',
    // The database first: --multiline-fields takes a list and would swallow a name after it.
    options.database,
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    '--strict=true',
    '--id-type=string',
    `--array-delimiter=U+${csv.arrayDelimiter.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`,
    '--high-parallel-io=on',
    `--report-file=${local.home}/logs/bulk-import.report`,
    ...csv.nodes.map((n) => `--nodes=${n.labels}=${n.file}`),
    ...csv.relationships.map((r) => `--relationships=${r.type}=${r.file}`),
    ...(csv.multiline.length ? ['--multiline-fields-format=v2', `--multiline-fields=${csv.multiline.join(',')}`] : []),
  ];
  const child = local.admin(args);
  options.onStarted?.((signal) => child.kill(signal), child.pid!);
  const output: string[] = [];
  let stage = 1;
  let last = 0;
  const onData = (data: Buffer) => {
    for (const line of data.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 400) output.splice(0, 200);
      for (const m of line.matchAll(/(\d{1,3})%/g)) {
        const percent = Number(m[1]);
        if (percent < last) stage++;
        last = percent;
        options.onProgress?.(percent, stage);
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (c, s) => resolve({ code: c, signal: s })),
  );
  if (code !== 0) {
    const how = signal ? `was stopped by ${signal}` : `failed (exit code ${code})`;
    throw new AdminImportError(`neo4j-admin database import ${how}; its last output:\n${output.slice(-30).join('\n')}`);
  }
  return output.join('\n');
}
