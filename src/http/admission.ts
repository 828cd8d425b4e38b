import { Semaphore, withTimeout } from 'async-mutex';
import { AppError, ErrorCode } from '../errors/errors';

/**
 * Admission control for heavy requests: at most `slots` of them execute at once, the others wait
 * their turn (first come, first served) within their own time budget. A heavy request (a deep nested
 * read of thousands of entities) holds tens of MB while it runs; without a bound, a burst of them
 * multiplies the server's memory by the size of the burst. Light requests never wait here.
 */
export class AdmissionGate {
  private readonly semaphore: Semaphore;
  private running = 0;
  private waiting = 0;
  /** Heavy requests admitted since start. */
  admitted = 0;

  constructor(readonly slots: number) {
    this.semaphore = new Semaphore(slots);
  }

  /** Heavy requests executing now. */
  get active(): number {
    return this.running;
  }

  /** Heavy requests waiting for a slot. */
  get queued(): number {
    return this.waiting;
  }

  /**
   * Resolves once a slot is free, to the function that gives it back (calling it again does nothing).
   * Fails with TIMEOUT when `deadline` (ms since the epoch) passes first.
   */
  async enter(deadline?: number): Promise<() => void> {
    // A free slot is taken at once: no timer, and no error built (an Error's stack trace cost every heavy request
    // ~0.2 ms, docs/performance.md). Only a request that must wait gets its deadline.
    const sync =
      deadline === undefined || !this.semaphore.isLocked()
        ? this.semaphore
        : withTimeout(this.semaphore, Math.max(0, deadline - Date.now()), this.busy());
    this.waiting++;
    let release: () => void;
    try {
      [, release] = await sync.acquire();
    } finally {
      this.waiting--;
    }
    this.running++;
    this.admitted++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running--;
      release();
    };
  }

  /**
   * The answer to a request that waited its whole time budget for a slot. withTimeout needs it before the wait, so
   * every request that queues builds one, mostly for nothing: without a stack trace (it would point here, and no
   * trace reaches a client), which was 2 % of the server's CPU under 8 concurrent typed 2-level lookups.
   */
  private busy(): AppError {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return new AppError(
        ErrorCode.TIMEOUT,
        `The server was busy with other heavy requests (at most ${this.slots} run at once) for this request's whole time budget; retry later or ask for fewer nested entities`,
        // Apollo answers errors raised before execution with HTTP 500 unless told otherwise: this is overload.
        { http: { status: 503 } },
      );
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}
