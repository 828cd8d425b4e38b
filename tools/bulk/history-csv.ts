import path from 'node:path';
import type { EntityRow, ParsedRecord, RelationRow } from '../../src/import/records';
import { changeRow, type ChangeAuthor, type ChangeRecord } from '../../src/modules/history/history.writer';
import { CsvWriter, quote } from './csv-writer';

/** Who and when the history of a bulk load names (every change of one load has the same). */
export interface BulkHistory {
  author: ChangeAuthor;
  at: Date;
}

/** The node files of the history log: the Change nodes and the log's counter. */
export interface ChangeFiles {
  nodes: { labels: string; file: string }[];
  /** Changes recorded: the last seq, which the counter holds. */
  changes: number;
}

// The columns of cypher/history/record.cypher's Change, typed as it stores them; an empty cell stores no property,
// as a null does there.
const HEADER = 'seq:long,at:datetime,by,org,source,op,entity,kind,other,relation,visibility,fields';
const cell = (v: string | null) => (v === null ? '' : quote(v));

/**
 * Writes the history the online import records for the same records into an empty database (src/import/changes.ts):
 * a CREATE per entity with every stored field as `after`, a LINK per tie with its properties. The seqs follow the
 * order of the online import's single transaction: Sources, then the other entities, then the ties, each in input
 * order; they start at 1 (the database is new) and the counter node (:ChangeLog {id: 'log'}) holds the last one, so
 * later changes continue the sequence.
 */
export class ChangeCsv {
  private readonly out: CsvWriter;
  private readonly kindOf = new Map<string, string>();
  private nextSource = 1;
  private nextEntity: number;
  private nextTie: number;
  private readonly at: string;
  private readonly head: string;

  constructor(
    private readonly dir: string,
    records: ParsedRecord[],
    private readonly history: BulkHistory,
  ) {
    let sources = 0;
    for (const { entity } of records)
      if (entity) {
        this.kindOf.set(entity.id, entity.kind);
        if (entity.kind === 'Source') sources++;
      }
    this.nextEntity = sources + 1;
    this.nextTie = this.kindOf.size + 1;
    this.out = new CsvWriter(path.join(dir, 'changes.csv'), HEADER);
    this.at = history.at.toISOString();
    const { by, org, source } = history.author;
    this.head = `${this.at},${quote(by)},${cell(org)},${quote(source)}`;
  }

  /** The CREATE of an entity; a promise to wait for when the file's buffer is full. */
  entity(row: EntityRow): Promise<void> | undefined {
    const seq = row.kind === 'Source' ? this.nextSource++ : this.nextEntity++;
    return this.line(seq, { op: 'CREATE', entity: row.id, kind: row.kind, before: null, after: row });
  }

  /** The LINK of a tie (its Change names the tie's start, with that entity's kind). */
  tie(row: RelationRow): Promise<void> | undefined {
    const change: ChangeRecord = {
      op: 'LINK',
      entity: row.from,
      kind: this.kindOf.get(row.from) ?? '',
      other: row.to,
      relation: row.type,
      before: null,
      after: row.props,
    };
    return this.line(this.nextTie++, change);
  }

  private line(seq: number, change: ChangeRecord): Promise<void> | undefined {
    const c = changeRow(change)!; // a CREATE or a LINK is always a change
    return this.out.line(
      `${seq},${this.head},${c.op},${quote(c.entity)},${quote(c.kind)},${cell(c.other)},${cell(c.relation)},` +
        `${cell(c.visibility)},${quote(c.fields)}`,
    );
  }

  /** Closes the Change file and writes the counter's (none when nothing was recorded, as online). */
  async close(): Promise<ChangeFiles> {
    await this.out.close();
    const changes = this.out.lines;
    const nodes = [{ labels: 'Change', file: this.out.file }];
    if (changes > 0) {
      const log = new CsvWriter(path.join(this.dir, 'change-log.csv'), 'id,seq:long');
      void log.line(`"log",${changes}`);
      await log.close();
      nodes.push({ labels: 'ChangeLog', file: log.file });
    }
    return { nodes, changes };
  }
}
