import { ConfigError } from '../../src/config';
import { ImportValidationError } from '../../src/import/validate';
import { MissingToolError } from '../localdb/maven';

/**
 * Runs a CLI action: known errors (configuration, a missing tool, a refused import file — these name the
 * file and line) print their message only; others, being bugs, their stack. Exit code 1 either way.
 */
export async function runCli(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (err) {
    const known =
      err instanceof ConfigError ||
      err instanceof MissingToolError ||
      err instanceof ImportValidationError ||
      (err as { cliMessage?: boolean }).cliMessage;
    process.stderr.write(`${known ? (err as Error).message : ((err as Error).stack ?? String(err))}\n`);
    process.exitCode = 1;
  }
}
