import 'reflect-metadata';
import { Command } from 'commander';
import { loadConfig } from '../../src/config';
import { connectTo } from '../localdb/target';
import { migrate } from '../../src/db/migrate';
import { LocalNeo4j } from '../localdb/launcher';
import { runCli } from './run';

const program = new Command('db').description('Manage the local Neo4j (the default when NEO4J_URI is not set)');

/** A subcommand without arguments or options: its action runs under runCli (known errors print their message). */
function command(name: string, description: string, action: () => Promise<void>): void {
  program
    .command(name)
    .description(description)
    .action(() => runCli(action));
}

command('start', 'Start the local Neo4j (resolving its jars with Maven on first use); a no-op if it runs', async () => {
  const local = new LocalNeo4j(loadConfig().local);
  const c = await local.start();
  console.log(`Neo4j answers at ${c.uri} (user neo4j, password in ${local.home}/password); logs: ${local.logFile}`);
});

command('stop', 'Stop the local Neo4j and wait until its process has exited', async () => {
  const stopped = await new LocalNeo4j(loadConfig().local).stop();
  console.log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
});

command('status', 'Say whether the local Neo4j runs and answers queries', async () => {
  const s = await new LocalNeo4j(loadConfig().local).status();
  console.log(JSON.stringify(s, null, 2));
  process.exitCode = s.answering ? 0 : 3;
});

command('migrate', 'Apply pending migrations from cypher/migrations (starts the local Neo4j if needed)', async () => {
  const db = await connectTo(loadConfig());
  try {
    const r = await migrate(db);
    console.log(`Migrations applied: ${r.applied.join(', ') || 'none'}; already applied: ${r.skipped.length}`);
  } finally {
    await db.driver.close();
  }
});

void program.parseAsync();
