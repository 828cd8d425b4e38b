import { ConfigError } from '../config';
import { MissingToolError } from '../localdb/maven';

/** Runs a CLI action: known errors print their message only, others their stack; exit code 1. */
export async function runCli(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (err) {
    const known = err instanceof ConfigError || err instanceof MissingToolError || (err as { cliMessage?: boolean }).cliMessage;
    process.stderr.write(`${known ? (err as Error).message : (err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
