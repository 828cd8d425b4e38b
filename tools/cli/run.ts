import { InvalidArgumentError } from 'commander';
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

/** A commander parser for a whole number from `min` (default 1) to `max`: "abc", 0 or -1 made imports loop forever. */
export function positiveInt(max: number, min = 1): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    return n;
  };
}

/** A commander parser for a comma-separated list of whole numbers from 1 to `max` (concurrency levels…). */
export function positiveInts(max: number): (value: string) => number[] {
  const one = positiveInt(max);
  return (value) => value.split(',').map(one);
}
