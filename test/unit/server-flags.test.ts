import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { SERVER_NODE_FLAGS } from '../../tools/bench/server-process';

describe('the V8 flags the server runs with', () => {
  const scripts = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts as Record<
    string,
    string
  >;

  it('npm start passes the flags the benchmark measures the server with, before the script', () => {
    const start = scripts.start.split(/\s+/);
    expect(start[0]).toBe('node');
    expect(start.slice(1, -1)).toEqual(SERVER_NODE_FLAGS);
    expect(start.at(-1)).toBe('tools/start.js');
  });

  it('keeps a heap limit of its own, at least 512 MB (the heaviest measured series peaked at ~150 MB RSS under 1 GB)', () => {
    const limit = SERVER_NODE_FLAGS.map((f) => /^--max-old-space-size=(\d+)$/.exec(f)?.[1]).find(Boolean);
    expect(Number(limit)).toBeGreaterThanOrEqual(512);
  });
});
