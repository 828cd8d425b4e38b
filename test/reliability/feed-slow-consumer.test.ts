import type { Database } from '../../src/db/driver';
import { decodeChangeCursor } from '../../src/modules/history/history.cursor';
import { recordChanges, type ChangeRecord } from '../../src/modules/history/history.writer';
import { defaultServerOptions } from '../../src/server';
import { testDatabase, wipe } from '../helpers/db';
import { CHANGES, openFeed, seqNow, type FeedSocket } from '../helpers/feed-client';
import { startTestServer, TEST_API_KEYS, type TestServer } from '../helpers/server';

const BUFFER = 20;
// 4,000 changes of 8 KB: 32 MB, more than the kernel's socket buffers hold on loopback (a few MB).
const BATCHES = 8;
const PER_BATCH = 500;

const big = (n: number): ChangeRecord => ({
  op: 'UPDATE',
  entity: `slow-${n}`,
  kind: 'Cluster',
  before: { name: 'before' },
  after: { name: `${n} ${'x'.repeat(8_000)}` },
});

describe('a subscriber that stops reading', () => {
  let db: Database;
  let api: TestServer;
  let socket: FeedSocket | undefined;

  beforeAll(async () => {
    db = await testDatabase();
    await wipe(db);
    api = await startTestServer(db, {
      limits: { ...defaultServerOptions().limits, feedBuffer: BUFFER, feedPollMs: 50 },
    });
  });
  afterAll(async () => {
    socket?.ws.terminate();
    await api?.close();
    await wipe(db);
    await db.driver.close();
  });

  it('does not grow the server’s memory: past FEED_BUFFER queued changes its subscription ends with RESOURCE_LIMIT and the cursor to resume from', async () => {
    const feed = api.server.feed;
    const start = await seqNow(db);
    socket = await openFeed(api.url, { 'x-api-key': TEST_API_KEYS.viewer });
    socket.subscribe('slow', CHANGES);
    while (feed.subscriptions === 0) await new Promise((r) => setTimeout(r, 20));
    socket.ws.pause(); // the client stops reading: its socket's buffers fill, then the server's sends wait

    let maxQueued = 0;
    const sample = setInterval(() => (maxQueued = Math.max(maxQueued, feed.queued)), 5);
    const session = db.driver.session({ database: db.database });
    try {
      for (let b = 0; b < BATCHES; b++) {
        const batch = Array.from({ length: PER_BATCH }, (_, i) => big(b * PER_BATCH + i));
        await session.executeWrite((tx) => recordChanges(tx, { by: 'test', org: null, source: 'import' }, batch));
      }
    } finally {
      await session.close();
    }
    while (feed.subscriptions > 0) await new Promise((r) => setTimeout(r, 50));
    clearInterval(sample);
    expect(maxQueued).toBeLessThanOrEqual(BUFFER);

    socket.ws.resume();
    await socket.until((m) => m.some((x) => x.id === 'slow' && x.type === 'complete'), 'the end of the subscription');
    const nexts = socket.messages.filter((m) => m.id === 'slow' && m.type === 'next');
    const last = nexts[nexts.length - 1].payload;
    expect(last.errors[0]).toMatchObject({
      extensions: { code: 'RESOURCE_LIMIT', limit: 'FEED_BUFFER', max: BUFFER },
    });
    expect(last.errors[0].message).toMatch(/reads too slowly; subscribe again with `after`/);
    // Everything delivered came in order from the start; the error names the last of it.
    const delivered = socket.changes('slow').filter(Boolean);
    const seqs = delivered.map((c) => decodeChangeCursor(c.cursor));
    expect(seqs).toEqual(seqs.map((_, i) => start + 1 + i));
    expect(delivered.length).toBeLessThan(BATCHES * PER_BATCH);
    expect(decodeChangeCursor(last.errors[0].extensions.after)).toBe(start + delivered.length);

    // Resuming from that cursor picks up at the next change.
    socket.subscribe('resumed', CHANGES, { after: last.errors[0].extensions.after });
    await socket.until((m) => m.some((x) => x.id === 'resumed' && x.type === 'next'), 'the first resumed change');
    expect(decodeChangeCursor(socket.changes('resumed')[0].cursor)).toBe(start + delivered.length + 1);
  }, 240_000);
});
