import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/config';

const run = promisify(execFile);

describe('clients/generated (npm run codegen)', () => {
  // A stale file types an example by what it used to select: an app would compile against fields the
  // server no longer sends the way the file says (typecheck proves the file compiles, this that it is current).
  it('holds the typed documents that docs/api.md and schema/schema.graphql give now', async () => {
    const bin = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'graphql-codegen');
    const checked = run(bin, ['--config', 'codegen.ts', '--check'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CI: 'true' },
    });
    await expect(checked).resolves.toBeDefined();
  }, 180_000);
});
