import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher` (e.g. `system/components`), read once and cached. */
export function loadCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    text = fs.readFileSync(file, 'utf8');
    cache.set(name, text);
  }
  return text;
}

const LITERAL = /\{\{(\w+)\}\}/g;

/** The `{{name}}` placeholders of a query text. */
export function literalNames(text: string): string[] {
  return [...new Set([...text.matchAll(LITERAL)].map((m) => m[1]))];
}

/**
 * Fills `{{name}}` placeholders with integers. Cypher takes only literals in a few places (path
 * quantifier bounds, SHORTEST k); those integers are the one thing not passed as parameters, so
 * anything but a safe integer is refused here.
 */
export function fillLiterals(text: string, literals: Record<string, number> = {}): string {
  return text.replace(LITERAL, (_m, name: string) => {
    const v = literals[name];
    if (!Number.isSafeInteger(v)) throw new Error(`Cypher literal {{${name}}} needs an integer, got ${String(v)}`);
    return String(v);
  });
}

/** Splits a file of several statements on `;` at the end of a line; `//` comment lines are dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every named query under cypher/ (migrations excluded), as names usable with loadCypher. */
export function listCypherFiles(dir = CYPHER_DIR, prefix = ''): string[] {
  const names: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!(prefix === '' && entry.name === 'migrations')) names.push(...listCypherFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    } else if (entry.name.endsWith('.cypher')) {
      names.push(`${prefix}${entry.name.slice(0, -'.cypher'.length)}`);
    }
  }
  return names.sort();
}
