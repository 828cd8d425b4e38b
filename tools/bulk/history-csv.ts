import path from 'node:path';
import type { EntityRow, ParsedRecord, RelationRow } from '../../src/import/records';
import { changeRow, type ChangeAuthor, type ChangeRecord } from '../../src/modules/history/history.writer';
import { CsvWriter, quote } from './csv-writer';

/** Who and when the history of a bulk load names (every change of one load has the same). */
export interface BulkHistory {
  author: ChangeAuthor;
  at: Date;
}

/**
 * What numbering the changes needs to know of the whole input before its first line: how many Sources it holds (their
 * CREATEs come first) and each entity's kind (a LINK names its start's).
 */
export interface ChangePlan {
  sources: number;
  kindOf: Map<string, string>;
}

/** The plan of `records`: read by the main thread, which holds them, and handed to the history worker. */
export function planChanges(records: Iterable<ParsedRecord>): ChangePlan {
  const kindOf = new Map<string, string>();
  let sources = 0;
  for (const { entity } of records)
    if (entity) {
      kindOf.set(entity.id, entity.kind);
      if (entity.kind === 'Source') sources++;
    }
  return { sources, kindOf };
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
 * later changes continue the sequence. The lines are in input order.
 */
export class ChangeCsv {
  private readonly out: CsvWriter;
  private readonly kindOf: Map<string, string>;
  private nextSource = 1;
  private nextEntity: number;
  private nextTie: number;
  private readonly head: string;

  constructor(
    private readonly dir: string,
    plan: ChangePlan,
    history: BulkHistory,
  ) {
    this.kindOf = plan.kindOf;
    this.nextEntity = plan.sources + 1;
    this.nextTie = this.kindOf.size + 1;
    this.out = new CsvWriter(path.join(dir, 'changes.csv'), HEADER);
    const { by, org, source } = history.author;
    this.head = `${history.at.toISOString()},${quote(by)},${cell(org)},${quote(source)}`;
  }

  /** The CREATE of an entity; a promise to wait for when the file's buffer is full. */
  entity(row: EntityRow): Promise<void> | undefined {
    const seq = row.kind === 'Source' ? this.nextSource++ : this.nextEntity++;
    return this.out.line(
      `${seq},${this.tail({ op: 'CREATE', entity: row.id, kind: row.kind, before: null, after: row })}`,
    );
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
    return this.out.line(`${this.nextTie++},${this.tail(change)}`);
  }

  /** A Change's line but its seq. */
  private tail(change: ChangeRecord): string {
    const c = changeRow(change)!; // a CREATE or a LINK is always a change
    return (
      `${this.head},${c.op},${quote(c.entity)},${quote(c.kind)},${cell(c.other)},${cell(c.relation)},` +
      `${cell(c.visibility)},${quote(c.fields)}`
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
