import pino from 'pino';

/** Creates the structured logger (JSON lines on stdout, or on `destination`, e.g. a test's capture). */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino({ level, base: { service: 'partnership-graph' } }, destination);
}

export type Logger = ReturnType<typeof createLogger>;
