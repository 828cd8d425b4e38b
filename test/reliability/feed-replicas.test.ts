import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/driver';
import { encodeChangeCursor } from '../../src/modules/history/history.cursor';
import { OUTPUT_DIR, post, startApiProcess, type ApiProcess } from '../helpers/api-process';
import { testDatabase, wipe } from '../helpers/db';
import { CHANGES, openFeed, seqNow, type FeedSocket } from '../helpers/feed-client';
import { TEST_API_KEYS } from '../helpers/server';

const UPSERT = 'mutation($id: ID!, $name: String!) { upsertCluster(input: {id: $id, name: $name}) { id } }';
const EDITOR = { authorization: `Bearer ${TEST_API_KEYS.editor}` };
const ADMIN = { 'x-api-key': TEST_API_KEYS.admin };

/** One upsert; retried after a TIMEOUT (rolled back; an upsert that moved nothing records no change). */
async function upsert(api: ApiProcess, id: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const res = await post(api.url, UPSERT, { id, name: `Cluster ${id}` }, EDITOR);
    if (res.status === 200 && !res.body?.errors) return;
    if (attempt === 3 || res.body?.errors?.[0]?.extensions?.code !== 'TIMEOUT')
      throw new Error(`write ${id} failed: ${res.text}`);
  }
}

/** `count` upserts through `api`, `concurrency` at a time; ids `${prefix}-<n>`. */
async function writeThrough(api: ApiProcess, prefix: string, count: number, concurrency = 2): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await upsert(api, `${prefix}-${next++}`);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

describe('the change feed behind a load balancer: two API processes on one database', () => {
  let db: Database;
  const replicas: ApiProcess[] = [];
  const sockets: FeedSocket[] = [];

  beforeAll(async () => {
    db = await testDatabase();
    await wipe(db);
    for (const name of ['feed-replica-1', 'feed-replica-2'])
      replicas.push(
        await startApiProcess(name, { FEED_POLL_MS: '200', LOG_LEVEL: 'warn', REQUEST_TIMEOUT_MS: '60000' }),
      );
    // The first write of a process plans its statements: slow on a loaded machine, and not what is tested here.
    for (const [i, r] of replicas.entries()) await upsert(r, `warm-up-${i}`);
  }, 180_000);
  afterAll(async () => {
    for (const s of sockets) s.ws.terminate();
    for (const r of replicas) await r.stop();
    await wipe(db);
    await db.driver.close();
  });

  it('a subscriber of replica 2 that disconnects mid-way and resumes with its last cursor receives every change exactly once, in order', async () => {
    const [one, two] = replicas;
    const start = await seqNow(db);
    const first = await openFeed(two.url, ADMIN);
    sockets.push(first);
    first.subscribe('feed', CHANGES, { after: encodeChangeCursor(start) });

    // 1,000 changes through replica 1 and 100 through replica 2, at the same time.
    const writes = Promise.all([writeThrough(one, 'via-one', 1_000), writeThrough(two, 'via-two', 100, 1)]);
    await first.until(() => first.changes('feed').length >= 300, '300 changes before the disconnect', 240_000);
    first.ws.terminate(); // no close handshake: the network went away
    await first.closed;
    const before = first.changes('feed');
    const lastCursor = before[before.length - 1].cursor as string;

    // Meanwhile the writes go on; the client comes back with the cursor of the last change it received.
    await new Promise((r) => setTimeout(r, 500));
    const second = await openFeed(two.url, ADMIN);
    sockets.push(second);
    second.subscribe('feed', CHANGES, { after: lastCursor });
    await writes;

    const { records } = await db.driver.executeQuery(
      'MATCH (c:Change) WHERE c.seq > $start RETURN c.seq AS seq, c.entity AS entity ORDER BY seq',
      { start },
    );
    const expected = records.map((r) => `${encodeChangeCursor(Number(r.get('seq')))} ${r.get('entity')}`);
    expect(expected.length).toBeGreaterThanOrEqual(1_100);
    await second.until(
      () => before.length + second.changes('feed').length >= expected.length,
      `${expected.length} changes in all`,
      240_000,
    );
    const received = [...before, ...second.changes('feed')].map((c) => `${c.cursor} ${c.entity}`);
    const figures = {
      changes: expected.length,
      beforeDisconnect: before.length,
      afterResume: received.length - before.length,
    };
    fs.writeFileSync(path.join(OUTPUT_DIR, 'feed-replicas.json'), `${JSON.stringify(figures)}\n`);
    expect(received).toEqual(expected);
    // Both replicas' writes arrived through replica 2.
    expect(new Set(received.map((r) => r.split(' ')[1].replace(/-\d+$/, '')))).toEqual(new Set(['via-one', 'via-two']));
  }, 300_000);
});
