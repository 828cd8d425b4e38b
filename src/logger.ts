import pino from 'pino';

/** Creates the structured logger (JSON lines on stdout). */
export function createLogger(level: string) {
  return pino({ level, base: { service: 'partnership-graph' } });
}

export type Logger = ReturnType<typeof createLogger>;
