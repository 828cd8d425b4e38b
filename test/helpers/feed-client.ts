import WebSocket from 'ws';
import type { Database } from '../../src/db/driver';
import { encodeChangeCursor } from '../../src/modules/history/history.cursor';

/** A message of the graphql-ws protocol as the server sent it. */
export interface WsMessage {
  type: string;
  id?: string;
  payload?: any;
}

/** A raw graphql-ws connection (no retries, nothing hidden): what a test needs to see close codes and messages. */
export interface FeedSocket {
  ws: WebSocket;
  /** Every message received, in order. */
  messages: WsMessage[];
  /** Whether the server acknowledged connection_init. */
  acknowledged: boolean;
  /** Settles when the socket closes, with the server's close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  subscribe(id: string, query: string, variables?: Record<string, unknown>): void;
  complete(id: string): void;
  /** The `changes` payloads of subscription `id`, in the order received. */
  changes(id: string): any[];
  /** Waits until `done(messages)` holds; fails naming `what` after `timeoutMs` (a hang guard, not a timing check). */
  until(done: (messages: WsMessage[]) => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): void;
}

export const CHANGES = `subscription Changes($after: String, $around: [ID!], $kinds: [EntityKind!]) {
  changes(after: $after, around: $around, kinds: $kinds) { cursor op entity kind other relation by org source fields { field before after } }
}`;

/** Opens /graphql as a WebSocket, sends connection_init with `payload`, and resolves once acknowledged or closed. */
export async function openFeed(httpUrl: string, payload?: Record<string, unknown>): Promise<FeedSocket> {
  const ws = new WebSocket(`${httpUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: WsMessage[] = [];
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      notify();
    }),
  );
  ws.on('message', (data) => {
    messages.push(JSON.parse((data as Buffer).toString('utf8')) as WsMessage);
    notify();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const socket: FeedSocket = {
    ws,
    messages,
    acknowledged: false,
    closed,
    subscribe: (id, query, variables = {}) =>
      ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } })),
    complete: (id) => ws.send(JSON.stringify({ id, type: 'complete' })),
    changes: (id) =>
      messages.filter((m) => m.id === id && m.type === 'next' && m.payload.data).map((m) => m.payload.data.changes),
    until(done, what, timeoutMs = 15_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!done(messages)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${what}; last messages: ${JSON.stringify(messages.slice(-3))}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    close: () => ws.close(),
  };
  ws.send(JSON.stringify({ type: 'connection_init', ...(payload && { payload }) }));
  await new Promise<void>((resolve) => {
    const check = () => {
      if (!messages.some((m) => m.type === 'connection_ack') && ws.readyState !== WebSocket.CLOSED) return;
      listeners.delete(check);
      resolve();
    };
    listeners.add(check);
  });
  socket.acknowledged = messages.some((m) => m.type === 'connection_ack');
  return socket;
}

/** The seq of the last change in the history log now (0 when empty). */
export async function seqNow(db: Database): Promise<number> {
  const { records } = await db.driver.executeQuery('OPTIONAL MATCH (l:ChangeLog) RETURN coalesce(l.seq, 0) AS seq', {});
  return Number(records[0].get('seq'));
}

/** The cursor of the last change in the log now: subscribing after it receives exactly what is recorded next. */
export const cursorNow = async (db: Database): Promise<string> => encodeChangeCursor(await seqNow(db));
