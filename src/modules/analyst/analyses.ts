import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { CYPHER_DIR } from '../../db/cypher';
import { badInput } from '../../errors/errors';
import type { Analysis, AnalysisParameter } from './analyst.type';

const DIR = path.join(CYPHER_DIR, 'analyses');
const SCALARS = new Set(['String', 'ID', 'Int', 'Float', 'Boolean']);
// `// param name: Type! — description` (required), `// param name: Type = 10 — description` (default)
const PARAM = /^param\s+(\w+)\s*:\s*(\[?\w+\]?)(!?)\s*(?:=\s*(.+?))?\s*(?:—|--)\s*(.+)$/;

/** Reads the header of cypher/analyses/<name>.cypher: title, description and typed parameters. */
export function parseAnalysis(name: string, text: string): Analysis {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => !l.startsWith('//'));
  const header = lines.slice(0, end < 0 ? lines.length : end).map((l) => l.replace(/^\/\/\s?/, ''));
  const field = (key: string) =>
    header
      .filter((l) => l.startsWith(`${key}:`))
      .map((l) => l.slice(key.length + 1).trim())
      .join(' ');
  const parameters: AnalysisParameter[] = header
    .filter((l) => l.startsWith('param '))
    .map((l) => {
      const m = PARAM.exec(l);
      if (!m || !SCALARS.has(m[2].replace(/[[\]]/g, '')))
        throw new Error(`cypher/analyses/${name}.cypher: cannot read parameter line "${l}"`);
      return {
        name: m[1],
        type: m[2],
        required: m[3] === '!',
        defaultValue: m[4] === undefined ? null : (JSON.parse(m[4]) as unknown),
        description: m[5],
      };
    });
  const title = field('title');
  if (!title) throw new Error(`cypher/analyses/${name}.cypher has no "// title:" line`);
  return { name, title, description: field('description'), parameters, cypherName: `analyses/${name}` };
}

let cached: Analysis[] | undefined;

/** Every saved analysis, by name. */
export function listAnalyses(): Analysis[] {
  cached ??= fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseAnalysis(f.replace(/\.cypher$/, ''), fs.readFileSync(path.join(DIR, f), 'utf8')));
  return cached;
}

function convert(field: string, type: string, value: unknown): unknown {
  if (type.startsWith('[')) {
    if (!Array.isArray(value)) throw badInput(field, `expected a list (${type}), got ${JSON.stringify(value)}`);
    return value.map((v, i) => convert(`${field}[${i}]`, type.slice(1, -1), v));
  }
  const ok =
    (type === 'String' && typeof value === 'string') ||
    (type === 'ID' && typeof value === 'string' && value.length > 0) ||
    (type === 'Int' && Number.isSafeInteger(value)) ||
    (type === 'Float' && typeof value === 'number' && Number.isFinite(value)) ||
    (type === 'Boolean' && typeof value === 'boolean');
  if (!ok) throw badInput(field, `expected ${type}, got ${JSON.stringify(value)}`);
  return type === 'Int' ? neo4j.int(value as number) : value;
}

/** Checks the given parameters against the header: unknown, missing and mistyped ones are named. */
export function bindParameters(analysis: Analysis, given: unknown): Record<string, unknown> {
  if (given !== null && given !== undefined && (typeof given !== 'object' || Array.isArray(given)))
    throw badInput('params', `expected an object of parameters, got ${JSON.stringify(given)}`);
  const values = (given ?? {}) as Record<string, unknown>;
  const known = new Set(analysis.parameters.map((p) => p.name));
  const unknown = Object.keys(values).find((k) => !known.has(k));
  if (unknown)
    throw badInput(
      `params.${unknown}`,
      `not a parameter of ${analysis.name}; expected one of ${[...known].join(', ') || '(none)'}`,
    );
  const out: Record<string, unknown> = {};
  for (const p of analysis.parameters) {
    const v = values[p.name];
    if (v === undefined || v === null) {
      if (p.required) throw badInput(`params.${p.name}`, `required by ${analysis.name} (${p.type}: ${p.description})`);
      out[p.name] = p.defaultValue === null ? null : convert(`params.${p.name}`, p.type, p.defaultValue);
    } else {
      out[p.name] = convert(`params.${p.name}`, p.type, v);
    }
  }
  return out;
}
