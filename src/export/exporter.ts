import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { Database } from '../db/driver';
import { CypherRunner } from '../db/runner';
import type { VisibilityScope } from '../auth/visibility';
import { RELATION_FIELDS } from '../model/vocabulary';
import {
  csvLine,
  ENTITY_COLUMNS,
  entityRecord,
  graphml,
  relationRecord,
  type ExportFormat,
  type Props,
} from './formats';

export interface ExportSummary {
  entities: number;
  relations: number;
  files: string[];
}

/** A file sink honouring backpressure, so exports of millions of records stay in bounded memory. */
class Sink {
  private readonly stream: fs.WriteStream;
  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.stream = fs.createWriteStream(file, 'utf8');
  }
  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** Every tie: what an operator's export (the CLI, with the database's own credentials) holds. */
const ALL_TIES: VisibilityScope = { all: true, own: [], partners: [] };

/**
 * Exports the whole graph in the import format. `out` is a file for json, jsonl and graphml, and a
 * folder (entities.csv + relations.csv) for csv. Only the ties `scope` may see are written (every tie
 * by default), each with its visibility, so that importing the export gives back the same ties.
 */
export async function exportGraph(
  db: Database,
  format: ExportFormat,
  out: string,
  scope: VisibilityScope = ALL_TIES,
): Promise<ExportSummary> {
  const runner = new CypherRunner(db, { metadata: { requestId: 'cli', operation: 'export' } });
  const stream = (query: string) => runner.stream<Props>(query, { scope });
  const entities = () => mapStream(stream('export/entities'), (r) => entityRecord(r.e as Props));
  const relations = () =>
    mapStream(stream('export/relations'), (r) =>
      relationRecord(r.from as string, r.type as string, r.to as string, r.props as Props),
    );
  const summary: ExportSummary = { entities: 0, relations: 0, files: [] };
  const count = async (
    items: AsyncIterable<Props>,
    kind: 'entities' | 'relations',
    each: (r: Props, i: number) => Promise<void>,
  ) => {
    let i = 0;
    for await (const r of items) await each(r, i++);
    summary[kind] = i;
  };

  if (format === 'csv') {
    const ent = new Sink(path.join(out, 'entities.csv'));
    const rel = new Sink(path.join(out, 'relations.csv'));
    await ent.write(csvLine(ENTITY_COLUMNS, {}, true).split('\n')[0] + '\n');
    await count(entities(), 'entities', (r) => ent.write(csvLine(ENTITY_COLUMNS, r)));
    await rel.write(csvLine(RELATION_FIELDS, {}, true).split('\n')[0] + '\n');
    await count(relations(), 'relations', (r) => rel.write(csvLine(RELATION_FIELDS, r)));
    await Promise.all([ent.close(), rel.close()]);
    summary.files = [ent.file, rel.file];
    return summary;
  }
  const sink = new Sink(out);
  summary.files = [out];
  if (format === 'jsonl') {
    await count(entities(), 'entities', (r) => sink.write(`${JSON.stringify({ record: 'entity', ...r })}\n`));
    await count(relations(), 'relations', (r) => sink.write(`${JSON.stringify({ record: 'relation', ...r })}\n`));
  } else if (format === 'json') {
    await sink.write('{\n  "entities": [');
    await count(entities(), 'entities', (r, i) => sink.write(`${i ? ',' : ''}\n    ${JSON.stringify(r)}`));
    await sink.write('\n  ],\n  "relations": [');
    await count(relations(), 'relations', (r, i) => sink.write(`${i ? ',' : ''}\n    ${JSON.stringify(r)}`));
    await sink.write('\n  ]\n}\n');
  } else {
    await sink.write(graphml.header());
    await count(entities(), 'entities', (r) => sink.write(graphml.node(r)));
    await count(relations(), 'relations', (r) => sink.write(graphml.edge(r)));
    await sink.write(graphml.footer);
  }
  await sink.close();
  return summary;
}

async function* mapStream<T, U>(items: AsyncIterable<T>, f: (t: T) => U): AsyncGenerator<U> {
  for await (const t of items) yield f(t);
}
