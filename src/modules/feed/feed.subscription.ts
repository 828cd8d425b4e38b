import type { ChangeRow } from '../history/history.type';
import { matches, type FeedFilter } from './feed.filter';

/** What the poller and a catching-up subscription read from the log (implemented by ChangeFeed). */
export interface ChangeLog {
  /** The last seq the poller has read, once it is known (it is read when the poller starts). */
  knownHead(): Promise<number>;
  /** The current head, or undefined while the poller is not running. */
  readonly head: number | undefined;
  /** Up to `pageSize` changes with after < seq ≤ until, in seq order. */
  page(after: number, until: number): Promise<ChangeRow[]>;
  readonly pageSize: number;
  /** From now on the poller hands this subscription every change it reads. */
  goLive(subscription: FeedSubscription): void;
  remove(subscription: FeedSubscription): void;
}

/** The last event of a subscription that read too slowly: where it can resume from. */
export interface FeedOverflow {
  overflow: { buffer: number; lastSeq: number };
}

export const isOverflow = (event: ChangeRow | FeedOverflow): event is FeedOverflow => 'overflow' in event;

/**
 * One subscriber's stream of changes, in seq order, each exactly once. It starts by reading the log itself from its
 * cursor up to what the process's poller has read (pulled page by page, so catching up never outruns the
 * consumer), then takes the poller's changes. Those are pushed: when more than `buffer` wait for a consumer that
 * does not read (its socket is full), the queue is dropped and the stream ends with a FeedOverflow naming the last
 * change delivered, so memory stays bounded and the client can resume without losing anything.
 */
export class FeedSubscription implements AsyncIterableIterator<ChangeRow | FeedOverflow> {
  private queue: ChangeRow[] = [];
  private live = false;
  private done = false;
  private overflowed = false;
  private wakeReader?: () => void;
  /** The last seq this subscription has looked at (delivered, queued or filtered out). */
  private seen: number;
  /** The last seq handed to the consumer: where it resumes after an overflow. */
  private delivered: number;

  constructor(
    private readonly log: ChangeLog,
    private readonly filter: FeedFilter,
    after: number,
    private readonly buffer: number,
  ) {
    this.seen = this.delivered = after;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Changes waiting for the consumer. */
  get queued(): number {
    return this.queue.length;
  }

  async next(): Promise<IteratorResult<ChangeRow | FeedOverflow>> {
    for (;;) {
      if (this.done) return { done: true, value: undefined };
      const row = this.queue.shift();
      if (row) {
        this.delivered = row.seq;
        return { done: false, value: row };
      }
      if (this.overflowed) {
        this.finish();
        return { done: false, value: { overflow: { buffer: this.buffer, lastSeq: this.delivered } } };
      }
      if (this.live) await new Promise<void>((resolve) => (this.wakeReader = resolve));
      else await this.catchUp();
    }
  }

  async return(): Promise<IteratorResult<ChangeRow | FeedOverflow>> {
    this.finish();
    return { done: true, value: undefined };
  }

  /** A change the poller read (in seq order); ignored when already seen. */
  offer(row: ChangeRow): void {
    if (this.done || this.overflowed || row.seq <= this.seen) return;
    this.seen = row.seq;
    if (!matches(this.filter, row)) return;
    if (this.queue.length < this.buffer) this.queue.push(row);
    else {
      this.overflowed = true;
      this.queue = [];
      this.log.remove(this);
    }
    this.wakeUp();
  }

  /** Ends the stream (the consumer left, or the server stops). */
  finish(): void {
    this.done = true;
    this.queue = [];
    this.log.remove(this);
    this.wakeUp();
  }

  private wakeUp(): void {
    const wake = this.wakeReader;
    this.wakeReader = undefined;
    wake?.();
  }

  private async catchUp(): Promise<void> {
    const until = await this.log.knownHead();
    if (this.done) return;
    const rows = until > this.seen ? await this.log.page(this.seen, until) : [];
    if (this.done) return;
    for (const row of rows) {
      this.seen = row.seq;
      if (matches(this.filter, row)) this.queue.push(row);
    }
    if (rows.length === this.log.pageSize) return; // more to read up to `until`
    // Nothing else up to `until`. If the poller has not read further meanwhile, every later change will reach us
    // through it (this check and goLive run in one turn of the event loop: no poll result comes in between).
    this.seen = Math.max(this.seen, until);
    const head = this.log.head;
    if (head !== undefined && this.seen >= head) {
      this.live = true;
      this.log.goLive(this);
    }
  }
}
