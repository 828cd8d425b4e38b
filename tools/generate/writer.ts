import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';

/** Where generated JSON Lines go, one record (without its newline) per call; a returned promise means "wait". */
export interface LineSink {
  write(line: string): void | Promise<void>;
}

/** Keeps the lines in memory (for tests and small sizes). */
export class MemorySink implements LineSink {
  readonly lines: string[] = [];

  /** Appends one line. */
  write(line: string): void {
    this.lines.push(line);
  }
}

const CHUNK_CHARS = 1 << 20;

/**
 * Streams lines to a file in ~1 MB chunks, honouring backpressure (waits for 'drain' when the stream's
 * buffer is full). Writes to `FILE.partial` and renames on close, so a failed run leaves no half file
 * under the real name.
 */
export class FileSink implements LineSink {
  private readonly stream: fs.WriteStream;
  private readonly partial: string;
  private parts: string[] = [];
  private chars = 0;
  private failure: Error | undefined;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.partial = `${file}.partial`;
    this.stream = fs.createWriteStream(this.partial);
    this.stream.on('error', (e) => (this.failure = e));
  }

  /** Buffers a line; flushes a chunk when enough has gathered (then maybe returns a promise to await). */
  write(line: string): void | Promise<void> {
    this.parts.push(line);
    this.chars += line.length + 1;
    if (this.chars >= CHUNK_CHARS) return this.flush();
  }

  private flush(): void | Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.parts.length) return;
    const chunk = `${this.parts.join('\n')}\n`;
    this.parts = [];
    this.chars = 0;
    if (!this.stream.write(chunk)) return once(this.stream, 'drain').then(() => undefined);
  }

  /** Writes what is left, closes the file and gives it its real name; returns its size in bytes. */
  async close(): Promise<number> {
    await this.flush();
    await new Promise<void>((resolve, reject) =>
      this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    if (this.failure) throw this.failure;
    fs.renameSync(this.partial, this.file);
    return fs.statSync(this.file).size;
  }

  /** Closes and removes the partial file (after a failure). */
  async abort(): Promise<void> {
    if (!this.stream.closed) {
      const closed = once(this.stream, 'close').catch(() => undefined);
      this.stream.destroy();
      await closed;
    }
    fs.rmSync(this.partial, { force: true });
  }
}
