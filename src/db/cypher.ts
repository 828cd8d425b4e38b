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
