import type { Database } from '../../db/driver';
import { CypherRunner } from '../../db/runner';
import type { Logger } from '../../logger';
import type { ChangeRow } from '../history/history.type';
import type { FeedFilter } from './feed.filter';
import { FeedSubscription, type ChangeLog } from './feed.subscription';

export interface ChangeFeedOptions {
  /** How often the log is read when no local write wakes the poller (FEED_POLL_MS). */
  pollMs: number;
  /** Changes queued per subscriber before it is ended as too slow (FEED_BUFFER). */
  buffer: number;
  /** Changes read per query (default 500). */
  pageSize?: number;
  logger?: Logger;
}

// A hole in the seq numbers is normally a commit read half-applied (a Change's transaction holds the counter's
// lock until it commits, so seqs commit in order and have no gaps): the poller waits for it. A hole that outlives
// this was made by hand (a Change deleted in the database); the poller then steps over it and logs it.
const GAP_WAIT_MS = 5_000;

/**
 * The change feed of one server process: one poller reads the history log (`(:Change)` with seq > head, in seq
 * order) for all of this process's subscribers and hands each change to those it concerns. Every replica reads the
 * same log, so each delivers every change, whichever replica (or import) made it. The poller runs only while
 * someone subscribes; it reads every `pollMs`, or at once when this process has written (`wake`).
 */
export class ChangeFeed implements ChangeLog {
  head: number | undefined;
  readonly pageSize: number;
  private readonly runner: CypherRunner;
  private readonly live = new Set<FeedSubscription>();
  private readonly all = new Set<FeedSubscription>();
  private headWaiters: (() => void)[] = [];
  private running = false;
  private stopped = false;
  private woken = false;
  private interrupt?: () => void;
  private gapSince?: number;

  constructor(
    db: Database,
    private readonly options: ChangeFeedOptions,
  ) {
    this.pageSize = options.pageSize ?? 500;
    this.runner = new CypherRunner(db, { metadata: { requestId: 'change-feed', operation: 'changes' } });
  }

  /** Subscriptions open in this process. */
  get subscriptions(): number {
    return this.all.size;
  }

  /** Changes queued for consumers across this process's subscriptions (bounded by FEED_BUFFER each). */
  get queued(): number {
    let n = 0;
    for (const s of this.all) n += s.queued;
    return n;
  }

  /** A stream of the changes after `after` (a seq; default: the last committed change) that `filter` lets through. */
  async subscribe(filter: FeedFilter, after?: number): Promise<FeedSubscription> {
    const start = after ?? (await this.now());
    const subscription = new FeedSubscription(this, filter, start, this.options.buffer);
    this.all.add(subscription);
    if (this.stopped) subscription.finish();
    else if (!this.running) void this.run();
    return subscription;
  }

  /** Reads the log now rather than at the next interval (this process has just written). */
  wake(): void {
    if (!this.running) return;
    this.woken = true;
    this.interrupt?.();
  }

  /** Ends every subscription and the poller (server shutdown). */
  stop(): void {
    this.stopped = true;
    for (const s of [...this.all]) s.finish();
    this.wake();
    this.releaseHeadWaiters();
  }

  async knownHead(): Promise<number> {
    while (this.head === undefined) {
      if (this.stopped) return Number.MAX_SAFE_INTEGER;
      await new Promise<void>((resolve) => this.headWaiters.push(resolve));
    }
    return this.head;
  }

  async page(after: number, until: number | null): Promise<ChangeRow[]> {
    const rows = await this.runner.read<{ change: ChangeRow }>('feed/after', {
      after,
      until,
      limit: this.pageSize,
    });
    return rows.map((r) => r.change);
  }

  goLive(subscription: FeedSubscription): void {
    if (this.all.has(subscription)) this.live.add(subscription);
  }

  remove(subscription: FeedSubscription): void {
    this.all.delete(subscription);
    this.live.delete(subscription);
  }

  private async now(): Promise<number> {
    const [row] = await this.runner.read<{ seq: number }>('feed/head');
    return row.seq;
  }

  private async run(): Promise<void> {
    this.running = true;
    for (;;) {
      // Checked and settled in one turn: a subscriber added after this sees running = false and starts a new loop.
      if (this.stopped || this.all.size === 0) {
        this.running = false;
        this.head = undefined;
        this.releaseHeadWaiters();
        return;
      }
      let more = false;
      try {
        more = await this.poll();
      } catch (err) {
        this.options.logger?.warn({ err }, 'change feed: reading the history log failed; retrying');
      }
      if (!more) await this.sleep();
    }
  }

  /** Reads the next page after head and hands it out; true when there may be more to read at once. */
  private async poll(): Promise<boolean> {
    if (this.head === undefined) {
      this.head = await this.now();
      this.releaseHeadWaiters();
      return true;
    }
    const rows = await this.page(this.head, null);
    for (const row of rows) {
      if (row.seq !== this.head + 1) {
        this.gapSince ??= Date.now();
        if (Date.now() - this.gapSince < GAP_WAIT_MS) return false;
        this.options.logger?.warn(
          { from: this.head + 1, to: row.seq - 1 },
          'change feed: changes missing from the history log; stepped over them',
        );
      }
      this.gapSince = undefined;
      this.head = row.seq;
      for (const s of this.live) s.offer(row);
    }
    return rows.length === this.pageSize;
  }

  private sleep(): Promise<void> {
    if (this.woken || this.stopped) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.interrupt = undefined;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, this.options.pollMs);
      timer.unref();
      this.interrupt = done;
    });
  }

  private releaseHeadWaiters(): void {
    const waiters = this.headWaiters;
    this.headWaiters = [];
    for (const w of waiters) w();
  }
}
