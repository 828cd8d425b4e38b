import fs from 'node:fs';

/** A CSV value in quotes, its quotes doubled (neo4j-admin's default quoting). */
export const quote = (s: string) => (s.includes('"') ? `"${s.replaceAll('"', '""')}"` : `"${s}"`);

/** A CSV file written through a stream, waiting for the disk when its buffer is full. */
export class CsvWriter {
  private readonly out: fs.WriteStream;
  private chunk: string[] = [];
  lines = 0;
  constructor(
    readonly file: string,
    header: string,
  ) {
    this.out = fs.createWriteStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    this.chunk.push(header);
  }
  /** Adds a line; returns a promise to wait for only when the stream's buffer is full. */
  line(text: string): Promise<void> | undefined {
    this.chunk.push(text);
    this.lines++;
    return this.chunk.length >= 2000 ? this.flush() : undefined;
  }
  private async flush(): Promise<void> {
    const text = `${this.chunk.join('\n')}\n`;
    this.chunk = [];
    if (!this.out.write(text)) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }
  async close(): Promise<void> {
    if (this.chunk.length) await this.flush();
    await new Promise<void>((resolve, reject) => this.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}
