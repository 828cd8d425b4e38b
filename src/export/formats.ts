import { stringify } from 'csv-stringify/sync';
import { COMMON_FIELDS, KIND_SPECS, RELATION_FIELDS } from '../model/vocabulary';

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'graphml';
export type Props = Record<string, unknown>;

/** Entity columns in a stable order: common fields, then every kind's own fields. */
export const ENTITY_COLUMNS = [
  ...new Set<string>([...COMMON_FIELDS, ...Object.values(KIND_SPECS).flatMap((s) => Object.keys(s.fields))]),
];

/** Orders an entity's properties like the import format (kind, id, name, …) for readable output. */
export function entityRecord(props: Props): Props {
  const out: Props = {};
  for (const c of ENTITY_COLUMNS) if (props[c] !== undefined) out[c] = props[c];
  return out;
}

/** A relation record in the import format. */
export function relationRecord(from: string, type: string, to: string, props: Props): Props {
  const out: Props = { type, from, to };
  for (const c of RELATION_FIELDS) if (props[c] !== undefined && !(c in out)) out[c] = props[c];
  return out;
}

/**
 * Spreadsheets run a cell that starts with = + - @, a tab or a carriage return as a formula
 * (`=HYPERLINK(…)` exfiltrates, `=cmd|…` executes). OWASP's CSV-injection advice: prefix such a cell
 * with a single quote, which spreadsheets show as text. A cell that starts with a quote followed by one
 * of those, or by another quote, is prefixed too, so that unescapeFormula undoes exactly what this did
 * and an exported CSV imports to the same graph. Numbers are never escaped (a negative number is data).
 */
const FORMULA_START = /^(?:[=+\-@\t\r]|'[=+\-@\t\r'])/;

/** A CSV cell made safe to open in a spreadsheet (see FORMULA_START). */
export const escapeFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** The text escapeFormula was given: drops the quote it added, leaves every other cell as it is. */
export const unescapeFormula = (cell: string): string =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

/** One CSV line (with header when asked) for a record; lists joined with `|`; formula-like text escaped. */
export function csvLine(columns: readonly string[], record: Props, header = false): string {
  const cell = (v: unknown) =>
    v === undefined
      ? ''
      : typeof v === 'number'
        ? String(v)
        : escapeFormula(Array.isArray(v) ? v.join('|') : typeof v === 'string' ? v : JSON.stringify(v));
  const rows = [columns.map((c) => cell(record[c]))];
  if (header) rows.unshift([...columns]);
  return stringify(rows);
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GraphML: one key per property (lists as JSON strings), nodes by id, edges with their type as label. */
export const graphml = {
  header(): string {
    const keys = [
      ...ENTITY_COLUMNS.map((c) => `  <key id="n_${c}" for="node" attr.name="${c}" attr.type="string"/>`),
      ...RELATION_FIELDS.filter((c) => c !== 'from' && c !== 'to').map(
        (c) => `  <key id="e_${c}" for="edge" attr.name="${c}" attr.type="string"/>`,
      ),
    ];
    return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys.join('\n')}\n  <graph id="partnership-graph" edgedefault="directed">\n`;
  },
  node(record: Props): string {
    const data = Object.entries(record).map(
      ([k, v]) => `<data key="n_${k}">${xml(typeof v === 'string' ? v : JSON.stringify(v))}</data>`,
    );
    return `    <node id="${xml(String(record.id))}">${data.join('')}</node>\n`;
  },
  edge(record: Props): string {
    const data = Object.entries(record)
      .filter(([k]) => k !== 'from' && k !== 'to')
      .map(([k, v]) => `<data key="e_${k}">${xml(typeof v === 'string' ? v : JSON.stringify(v))}</data>`);
    return `    <edge source="${xml(String(record.from))}" target="${xml(String(record.to))}">${data.join('')}</edge>\n`;
  },
  footer: '  </graph>\n</graphml>\n',
};
