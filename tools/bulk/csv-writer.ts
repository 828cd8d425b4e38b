import fs from 'node:fs';

/** A CSV value in quotes, its quotes doubled (neo4j-admin's default quoting). */
export const quote = (s: string) => (s.includes('"') ? `"${s.replaceAll('"', '""')}"` : `"${s}"`);

/** Bytes gathered before they go to the stream. */
const CHUNK = 1 << 20;

/**
 * A CSV file written through a stream, waiting for the disk when its buffer is full. Each line is encoded into a
 * buffer of its own as it comes: joining a few thousand lines into one string first made that string two-byte as soon
 * as one line held a letter beyond Latin-1 (ł, ś: most chunks of L), and joining and encoding it then cost about ten
 * times what encoding each line does (measured on 400,000 Change lines: 2.6 s against 0.17 s).
 */
export class CsvWriter {
  private readonly out: fs.WriteStream;
  private buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  lines = 0;
  constructor(
    readonly file: string,
    header: string,
  ) {
    this.out = fs.createWriteStream(file, { highWaterMark: CHUNK });
    void this.put(header);
  }
  /** Adds a line; returns a promise to wait for only when the stream's buffer is full. */
  line(text: string): Promise<void> | undefined {
    this.lines++;
    return this.put(text);
  }
  private put(text: string): Promise<void> | undefined {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    const most = text.length * 3 + 1;
    if (this.used + most <= this.buffer.length) {
      this.used += this.buffer.write(text, this.used);
      this.buffer[this.used++] = 0x0a;
      return undefined;
    }
    this.send();
    if (most > this.buffer.length) this.out.write(`${text}\n`);
    else {
      this.used = this.buffer.write(text, 0);
      this.buffer[this.used++] = 0x0a;
    }
    return this.out.writableNeedDrain ? new Promise<void>((r) => this.out.once('drain', () => r())) : undefined;
  }
  /** Hands the filled part of the buffer to the stream, which keeps it until written: the next lines take a new one. */
  private send(): void {
    if (!this.used) return;
    this.out.write(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
  }
  async close(): Promise<void> {
    this.send();
    await new Promise<void>((resolve, reject) => this.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}
