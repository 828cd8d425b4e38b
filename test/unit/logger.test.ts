import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const LOGGER = path.join(__dirname, '..', '..', 'src', 'logger.ts');

/** Runs `body` in a fresh Node process with `log` = the server's stdout logger; its stdout as parsed JSON lines. */
function linesOf(body: string): { lines: { msg: string; n?: number }[]; status: number | null } {
  const script = `const { createLogger } = require(${JSON.stringify(LOGGER)}); const log = createLogger('info'); ${body}`;
  const out = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  const lines = out.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { msg: string; n?: number });
  return { lines, status: out.status };
}

describe('the server log on stdout is buffered, and no line is lost', () => {
  it('a burst of 2,000 lines, then process.exit: every line arrives, whole and in order', () => {
    const { lines, status } = linesOf(`for (let n = 0; n < 2000; n++) log.info({ n }, 'burst'); process.exit(3);`);
    expect(status).toBe(3);
    expect(lines.map((l) => l.n)).toEqual(Array.from({ length: 2000 }, (_, n) => n));
  });

  it('a crash (an uncaught exception) right after logging: the lines before it arrive', () => {
    const { lines, status } = linesOf(
      `log.info('before the crash'); setTimeout(() => { throw new Error('boom'); }, 20);`,
    );
    expect(status).not.toBe(0);
    expect(lines.map((l) => l.msg)).toEqual(['before the crash']);
  });

  it('a quiet server: a lone line reaches stdout within the flush interval, though the buffer is far from full', async () => {
    // The child never exits by itself: only the timed flush can bring its line out.
    const script = `const { createLogger } = require(${JSON.stringify(LOGGER)}); const log = createLogger('info');
      log.info('alone'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script]);
    try {
      const seen = await new Promise<string>((resolve, reject) => {
        const late = setTimeout(() => reject(new Error('no line within 10 s')), 10_000);
        child.stdout.setEncoding('utf8').once('data', (chunk: string) => {
          clearTimeout(late);
          resolve(chunk);
        });
      });
      expect(JSON.parse(seen).msg).toBe('alone');
    } finally {
      child.kill();
    }
  });
});
