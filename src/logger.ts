import pino from 'pino';

/** How long a log line may wait in the buffer before it is written (ms). */
export const LOG_FLUSH_MS = 200;

/**
 * Creates the structured logger: JSON lines on stdout, or on `destination` (e.g. a test's capture). Stdout is
 * buffered and written asynchronously, at least every LOG_FLUSH_MS or each 8 kB: a write per request line cost
 * each request a system call on its way out (on this virtual machine, waking a reader costs ~0.2 ms;
 * docs/performance.md). pino flushes what is left synchronously when the process exits (process.exit, a crash),
 * so only a SIGKILL can lose the last LOG_FLUSH_MS of lines.
 */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  const options = { level, base: { service: 'partnership-graph' } };
  if (destination) return pino(options, destination);
  const stdout = pino.destination({ dest: 1, sync: false, minLength: 8 * 1024 });
  let pending = false;
  setInterval(() => {
    if (!pending) return;
    pending = false;
    try {
      stdout.flush();
    } catch {
      // closed at exit, after pino's own last flush
    }
  }, LOG_FLUSH_MS).unref();
  const streamWrite = (line: string) => ((pending = true), line);
  return pino({ ...options, hooks: { streamWrite } }, stdout);
}

export type Logger = ReturnType<typeof createLogger>;

/** Resolves once every line logged so far is written (a line that announces a state, before the state shows). */
export const flushed = (logger: Logger): Promise<void> => new Promise((resolve) => logger.flush(() => resolve()));
