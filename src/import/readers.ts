import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { unescapeFormula } from '../export/formats';
import type { EntityRecord, ParsedRecord, RelationRecord } from './records';
import { ImportValidationError, PROTOTYPE_KEYS, prototypeKeyProblem } from './validate';

const LIST_COLUMNS = new Set(['aliases', 'sources', 'labels']);
const NUMBER_COLUMNS = new Set(['population', 'populationYear', 'areaKm2', 'amountEur', 'lengthKm', 'rank']);

function fail(file: string, record: string, field: string, message: string): never {
  throw new ImportValidationError([{ file, record, field, message }]);
}

/** Refuses a field name that would reach an object's prototype when assigned (`value[name] = …`). */
function checkKey(file: string, where: string, key: string): void {
  if (PROTOTYPE_KEYS.has(key)) fail(file, where, key, prototypeKeyProblem(key));
}

/** Reads one import file (.json, .jsonl or .csv) into records tagged with where they came from. */
export async function readImportFile(filePath: string): Promise<ParsedRecord[]> {
  const file = path.basename(filePath);
  if (!fs.existsSync(filePath)) fail(file, 'file', 'path', `no such file: ${filePath}`);
  const ext = path.extname(filePath).toLowerCase();
  try {
    if (ext === '.json') return readJsonDocument(filePath, file);
    if (ext === '.jsonl' || ext === '.ndjson') return await readJsonLines(filePath, file);
    if (ext === '.csv') return readCsv(filePath, file);
    if (ext === '.graphml') return readGraphml(filePath, file);
  } catch (e) {
    // A file that cannot be read (a folder, no permission) is the user's to fix: say so, no stack trace.
    const code = (e as { code?: unknown }).code;
    if (!(e instanceof ImportValidationError) && typeof code === 'string' && /^E[A-Z]+$/.test(code))
      fail(file, 'file', 'path', `cannot be read: ${(e as Error).message}`);
    throw e;
  }
  return fail(file, 'file', 'path', `unsupported file type "${ext}"; expected .json, .jsonl, .csv or .graphml`);
}

function readJsonDocument(filePath: string, file: string): ParsedRecord[] {
  const text = fs.readFileSync(filePath, 'utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    fail(file, 'document', 'json', `not valid JSON: ${(e as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    fail(file, 'document', 'json', 'expected an object with "entities" and/or "relations" arrays');
  const { entities = [], relations = [], ...rest } = doc as Record<string, unknown>;
  for (const key of Object.keys(rest))
    fail(file, 'document', key, 'unknown top-level key; expected "entities" and "relations"');
  if (!Array.isArray(entities)) fail(file, 'document', 'entities', 'expected an array');
  if (!Array.isArray(relations)) fail(file, 'document', 'relations', 'expected an array');
  const out: ParsedRecord[] = [];
  entities.forEach((e, i) => out.push(asRecord(file, `entities[${i}]`, e, 'entity')));
  relations.forEach((r, i) => out.push(asRecord(file, `relations[${i}]`, r, 'relation')));
  return out;
}

function asRecord(file: string, where: string, value: unknown, as: 'entity' | 'relation'): ParsedRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, where, as, 'expected an object');
  const origin = { file, record: where };
  return as === 'entity' ? { origin, entity: value as EntityRecord } : { origin, relation: value as RelationRecord };
}

async function readJsonLines(filePath: string, file: string): Promise<ParsedRecord[]> {
  const out: ParsedRecord[] = [];
  for await (const batch of jsonLines(filePath, file)) for (const r of batch) out.push(r);
  return out;
}

/**
 * The records of an import file in order, as readImportFile reads them, a batch at a time, without holding the
 * file's records: JSON Lines a thousand lines at a time; the other formats (read whole by their parsers) in one
 * batch. For a second pass over a file already read and validated (the bulk loader's history worker).
 */
export async function* importBatches(filePath: string): AsyncGenerator<ParsedRecord[]> {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') yield* jsonLines(filePath, path.basename(filePath));
  else yield await readImportFile(filePath);
}

/** The records of a JSON Lines file, a thousand at a time (a promise per batch rather than per record). */
async function* jsonLines(filePath: string, file: string): AsyncGenerator<ParsedRecord[]> {
  const lines = readline.createInterface({ input: fs.createReadStream(filePath, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  let batch: ParsedRecord[] = [];
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      fail(file, `line ${n}`, 'json', `not valid JSON: ${(e as Error).message}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      fail(
        file,
        `line ${n}`,
        'json',
        `expected a JSON object (one record per line), got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
      );
    const { record, ...rest } = value as Record<string, unknown>;
    if (record !== 'entity' && record !== 'relation')
      fail(file, `line ${n}`, 'record', `expected "entity" or "relation", got ${JSON.stringify(record)}`);
    batch.push(asRecord(file, `line ${n}`, rest, record));
    if (batch.length === 1000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** A cell of CSV or GraphML text turned back into the field's type (lists, numbers). */
function cellValue(field: string, raw: string, listSeparator: 'pipe' | 'json'): unknown {
  if (LIST_COLUMNS.has(field)) {
    if (listSeparator === 'pipe') return raw.split('|');
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  if (NUMBER_COLUMNS.has(field)) {
    const num = Number(raw);
    return Number.isNaN(num) ? raw : num;
  }
  return raw;
}

/** What the XML parser gives for GraphML (lists forced for key, node, edge and data; attributes unprefixed). */
interface GraphmlElement {
  id?: string;
  source?: string;
  target?: string;
  data?: { key: string; text?: string }[];
}
interface GraphmlDocument {
  graphml?: {
    key?: { id: string; 'attr.name': string }[];
    graph?: { node?: GraphmlElement[]; edge?: GraphmlElement[] };
  };
}

function readGraphml(filePath: string, file: string): ParsedRecord[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
    parseTagValue: false,
    textNodeName: 'text',
  });
  const text = fs.readFileSync(filePath, 'utf8');
  let doc: GraphmlDocument;
  try {
    doc = parser.parse(text) as GraphmlDocument;
  } catch (e) {
    fail(file, 'document', 'xml', `not valid GraphML: ${(e as Error).message}`);
  }
  const keys = new Map<string, string>((doc.graphml?.key ?? []).map((k) => [k.id, k['attr.name']]));
  const graph = doc.graphml?.graph ?? fail(file, 'document', 'graph', 'no <graph> element');
  const fields = (el: GraphmlElement, where: string) => {
    const value: Record<string, unknown> = {};
    for (const d of el.data ?? []) {
      const name = String(keys.get(d.key) ?? d.key);
      checkKey(file, where, name);
      value[name] = cellValue(name, String(d.text ?? ''), 'json');
    }
    return value;
  };
  const out: ParsedRecord[] = [];
  (graph.node ?? []).forEach((n, i) =>
    out.push(asRecord(file, `node[${i}]`, { id: n.id, ...fields(n, `node[${i}]`) }, 'entity')),
  );
  (graph.edge ?? []).forEach((e, i) =>
    out.push(asRecord(file, `edge[${i}]`, { ...fields(e, `edge[${i}]`), from: e.source, to: e.target }, 'relation')),
  );
  return out;
}

function readCsv(filePath: string, file: string): ParsedRecord[] {
  // Rows as arrays, objects built here: csv-parse's own objects would take a `__proto__` column as a prototype.
  const text = fs.readFileSync(filePath, 'utf8');
  let rows: string[][];
  try {
    rows = parse(text, { skip_empty_lines: true, bom: true });
  } catch (e) {
    // csv-parse reports where it stopped (an unclosed quote, a row with too many cells…).
    const line = (e as { lines?: number }).lines;
    fail(file, line ? `line ${line}` : 'document', 'csv', `not valid CSV: ${(e as Error).message}`);
  }
  if (rows.length === 0) return [];
  const columns = rows[0];
  for (const c of columns) checkKey(file, 'line 1', c);
  const as = columns.includes('kind')
    ? 'entity'
    : columns.includes('type')
      ? 'relation'
      : fail(file, 'line 1', 'header', 'expected a "kind" column (entities) or a "type" column (relations)');
  return rows.slice(1).map((row, i) => {
    const where = `line ${i + 2}`;
    const value: Record<string, unknown> = {};
    columns.forEach((k, j) => {
      const raw = row[j];
      if (raw === '' || raw === undefined) return;
      // Exports prefix formula-like cells with ' (CSV injection, src/export/formats.ts); take it off again.
      value[k] = cellValue(k, unescapeFormula(raw), 'pipe');
    });
    return asRecord(file, where, value, as);
  });
}
