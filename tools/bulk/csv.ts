import fs from 'node:fs';
import path from 'node:path';
import { isInt } from 'neo4j-driver';
import { toEntityRow, toRelationRow, type ParsedRecord } from '../../src/import/records';
import {
  COMMON_FIELDS,
  ENTITY_KINDS,
  KIND_SPECS,
  RELATION_FIELDS,
  type EntityKind,
  type FieldType,
} from '../../src/model/vocabulary';
import { CsvWriter, quote } from './csv-writer';
import type { BulkDerived } from './derived';

/** The CSV files written for `neo4j-admin database import full`, and the options they need. */
export interface BulkCsv {
  nodes: { labels: string; file: string }[];
  relationships: { type: string; file: string }[];
  /** Files holding a value with a line break (parsed by neo4j-admin's slower multi-line reader). */
  multiline: string[];
  arrayDelimiter: string;
  entities: number;
  relations: number;
}

type Column = { name: string; type: 'string' | 'long' | 'double' | 'string[]' | 'date' };

const LISTS = new Set(['aliases', 'sources', 'labels']);
const columnType = (field: string, type?: FieldType): Column['type'] =>
  LISTS.has(field) ? 'string[]' : type === 'integer' ? 'long' : type === 'number' ? 'double' : 'string';

/** The interval columns derived for entities and cooperation ties (derived.ts; cypher/time/derive-intervals). */
const INTERVAL: Column[] = [
  { name: 'validFrom', type: 'date' },
  { name: 'validTo', type: 'date' },
];

/**
 * The node columns of one kind: every property toEntityRow stores (the common fields, the kind's own, and the
 * derived sortName), typed as the online import stores them (integers as longs, other numbers as doubles), then
 * those the migrations would derive (derived.ts).
 */
function entityColumns(kind: EntityKind): Column[] {
  const fields = KIND_SPECS[kind].fields;
  return [
    ...COMMON_FIELDS.filter((f) => f !== 'id').map((f) => ({ name: f, type: columnType(f) })),
    ...Object.entries(fields).map(([f, t]) => ({ name: f, type: columnType(f, t) })),
    { name: 'sortName', type: 'string' as const },
    ...INTERVAL,
    { name: 'tieCount', type: 'long' },
    { name: 'hiddenTieCount', type: 'long' },
    { name: 'countryId', type: 'string' },
  ];
}

const RELATION_TYPES_OF: Record<string, Column['type']> = { rank: 'long', amountEur: 'double', lengthKm: 'double' };
const relationColumns = (): Column[] => [
  ...RELATION_FIELDS.filter((f) => !['type', 'from', 'to'].includes(f)).map((f) => ({
    name: f,
    type: RELATION_TYPES_OF[f] ?? columnType(f),
  })),
  ...INTERVAL,
];

// Control characters no alias is likely to hold: the first one absent from every list item separates list items.
const DELIMITER_CANDIDATES = ['\u001f', '\u001e', '\u001d', '\u001c', ';', '|', '\u0007'];

function chooseArrayDelimiter(records: ParsedRecord[]): string {
  const used = new Set<string>();
  for (const { entity, relation } of records)
    for (const list of [entity?.aliases, entity?.sources, entity?.labels, relation?.sources])
      if (Array.isArray(list))
        for (const item of list as string[]) for (const c of DELIMITER_CANDIDATES) if (item.includes(c)) used.add(c);
  const free = DELIMITER_CANDIDATES.find((c) => !used.has(c));
  if (!free)
    throw Object.assign(new Error('No list separator is free for the bulk CSV files: use the online import'), {
      cliMessage: true,
    });
  return free;
}

const LINE_BREAK = /[\n\r]/;

/** One value as neo4j-admin reads it back to what the online import stores; empty when absent. */
function cell(v: unknown, type: Column['type'], delimiter: string): string {
  if (v === undefined || v === null) return '';
  if (type === 'string[]') return quote((v as string[]).join(delimiter));
  // toEntityRow / toRelationRow turn integer fields into neo4j Integers; other numbers stay JS numbers.
  if (type === 'long') return isInt(v) ? v.toString() : (v as number).toString();
  if (type === 'double') return (v as number).toString();
  if (type === 'date') return v as string; // YYYY-MM-DD: nothing to quote
  return quote(v as string);
}

/**
 * One CSV line: `first` (ids, never quoted: they are slugs) and a cell per column, from `values` or else from
 * `derived`. Throws on a property without a column, which would otherwise be lost silently (a new field of the
 * vocabulary must get one).
 */
function csvLine(
  first: string,
  values: Record<string, unknown>,
  derived: Record<string, unknown>,
  columns: Columns,
  delimiter: string,
): string {
  let line = first;
  for (const c of columns.list) line += `,${cell(values[c.name] ?? derived[c.name], c.type, delimiter)}`;
  for (const k in values)
    if (!columns.names.has(k)) throw new Error(`bulk CSV: the property "${k}" has no column (${first})`);
  return line;
}

type Columns = { list: Column[]; names: Set<string> };
const columnsOf = (list: Column[], extra: string[] = []): Columns => ({
  list,
  names: new Set([...list.map((c) => c.name), ...extra]),
});

const header = (first: string[], columns: Column[]) =>
  [...first, ...columns.map((c) => (c.type === 'string' ? c.name : `${c.name}:${c.type}`))].join(',');

/**
 * Writes validated records as neo4j-admin CSV files in `dir`: per kind a node file (`id:ID`, labels Entity and the
 * kind given on the command line), per relation type a relationship file (`:START_ID,:END_ID`). Values come from
 * toEntityRow / toRelationRow, the very rows the online import writes, so both paths store the same properties.
 * Rows with a line break go to a file of their own, so only those are parsed by the slower multi-line reader.
 * The history log's file is written beside them by a worker (history-worker.ts).
 */
export async function writeBulkCsv(
  records: ParsedRecord[],
  dir: string,
  derived: BulkDerived,
  onProgress?: (done: number, total: number) => void,
): Promise<BulkCsv> {
  fs.mkdirSync(dir, { recursive: true });
  const delimiter = chooseArrayDelimiter(records);
  const writers = new Map<string, CsvWriter>();
  const writerFor = (key: string, head: string) => {
    let w = writers.get(key);
    if (!w) writers.set(key, (w = new CsvWriter(path.join(dir, `${key}.csv`), head)));
    return w;
  };
  const kinds = new Map(ENTITY_KINDS.map((k) => [k, columnsOf(entityColumns(k), ['id'])]));
  const rels = columnsOf(relationColumns());
  const nodeHeader = new Map(ENTITY_KINDS.map((k) => [k, header(['id:ID'], kinds.get(k)!.list)]));
  const relHeader = header([':START_ID', ':END_ID'], rels.list);
  const result: BulkCsv = {
    nodes: [],
    relationships: [],
    multiline: [],
    arrayDelimiter: delimiter,
    entities: 0,
    relations: 0,
  };
  let done = 0;
  let relations = 0; // the ordinal of each relation among the records, as BulkDerived numbers them
  for (const r of records) {
    if (r.entity) {
      const row = toEntityRow(r.entity);
      const line = csvLine(row.id, row, derived.entity(row.id), kinds.get(row.kind)!, delimiter);
      const multi = LINE_BREAK.test(line);
      const wait = writerFor(`nodes-${row.kind}${multi ? '-multiline' : ''}`, nodeHeader.get(row.kind)!).line(line);
      if (wait) await wait;
      result.entities++;
    } else if (r.relation) {
      const row = toRelationRow(r.relation);
      const line = csvLine(`${row.from},${row.to}`, row.props, derived.relation(relations++), rels, delimiter);
      const multi = LINE_BREAK.test(line);
      const wait = writerFor(`rels-${row.type}${multi ? '-multiline' : ''}`, relHeader).line(line);
      if (wait) await wait;
      result.relations++;
    }
    if (++done % 10_000 === 0) onProgress?.(done, records.length);
  }
  for (const [key, w] of writers) {
    await w.close();
    if (key.endsWith('-multiline')) result.multiline.push(w.file);
    const name = key.replace(/-multiline$/, '');
    if (name.startsWith('nodes-')) result.nodes.push({ labels: `Entity:${name.slice('nodes-'.length)}`, file: w.file });
    else result.relationships.push({ type: name.slice('rels-'.length), file: w.file });
  }
  result.nodes.push(await writeSpans(derived, dir, delimiter));
  onProgress?.(records.length, records.length);
  return result;
}

/** The TieSpans nodes the tie summaries would create (cypher/time/tie-summaries), one per entity with public ties. */
async function writeSpans(
  derived: BulkDerived,
  dir: string,
  delimiter: string,
): Promise<{ labels: string; file: string }> {
  const out = new CsvWriter(path.join(dir, 'tie-spans.csv'), 'id,from:date[],to:date[]');
  for (const s of derived.spans()) {
    const wait = out.line(`${quote(s.id)},${s.from.join(delimiter)},${s.to.join(delimiter)}`);
    if (wait) await wait;
  }
  await out.close();
  return { labels: 'TieSpans', file: out.file };
}
