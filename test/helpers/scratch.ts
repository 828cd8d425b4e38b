import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A new directory under the system's temporary directory for one test file's files, removed after that file's tests
 * (tests clean up after themselves: before this, every run left about 16 directories of exports behind in /tmp).
 * Call it at a test file's top level or in a describe block, where Jest can register the removal.
 */
export function scratchDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `use` with a new temporary directory and removes the directory afterwards, whatever `use` did. */
export async function withScratchDir<T>(prefix: string, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return await use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
