import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { loadConfig } from '../../src/config';
import { LocalNeo4j } from '../localdb/launcher';
import { bulkImport } from './bulk-import';

// What recording the history costs a bulk load (docs/performance.md, "History"): the same file loaded with and
// without its Change nodes, alternately, into a local Neo4j of its own (it is replaced every run), e.g.
//   LOCAL_NEO4J_HOME=.neo4j/bench-bulk LOCAL_NEO4J_BOLT_PORT=7813 \
//     node --max-old-space-size=16384 -r ts-node/register/transpile-only tools/bulk/history-cost.ts FILE [rounds]

async function main(): Promise<void> {
  const [file, rounds = '1'] = process.argv.slice(2);
  if (!file) throw new Error('usage: history-cost.ts FILE [rounds]');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const local = new LocalNeo4j(config.local, () => undefined);
  for (let round = 1; round <= Number(rounds); round++)
    // Alternate which goes first, so a machine that gets busier or quieter favours neither.
    for (const history of round % 2 ? [false, true] : [true, false]) {
      const s = await bulkImport(config, [file], { replace: true, history, log: () => undefined });
      const [store] = local.databaseDirs(config.database);
      const du = spawnSync('du', ['-sb', store], { encoding: 'utf8' }).stdout.split('\t')[0];
      console.log(JSON.stringify({ round, history, ...s, storeBytes: Number(du), loadAverage: os.loadavg()[0] }));
    }
  await local.stop();
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
