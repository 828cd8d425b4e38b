import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import {
  visibilityVariant,
  visibleChangeCypher,
  visibleTieCypher,
  type VisibilityScope,
  type VisibilityVariant,
} from '../auth/visibility';
import { COOPERATION_RELATIONS, RELATION_TYPES, type RelationType } from '../model/vocabulary';
import { mostTiesCypher, tieCountCypher } from '../modules/time/tie-count';
import { inWindowCypher } from '../modules/time/window';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();

/**
 * Vocabulary constants a query may name as `{{NAME}}`: relationship type lists written into patterns
 * (`-[:{{COOPERATION}}]-`), so Neo4j expands only those types (and counts degrees from its degree
 * store) instead of reading every relationship and filtering on `type(r)`. They come from the
 * vocabulary, never from a request.
 */
const VOCABULARY: Record<string, string> = { COOPERATION: COOPERATION_RELATIONS.join('|') };
const CONSTANT = /\{\{([A-Z_]+)\}\}/g;
/** `{{VISIBLE(r)}}`: whether the viewer (`$scope`) may see tie r (src/auth/visibility.ts, docs/access.md). */
const VISIBLE = /\{\{VISIBLE\((\w+)\)\}\}/g;
/** `{{VISIBLE_CHANGE(c)}}`: whether the viewer may see recorded change c (the same rule, for a tie's change). */
const VISIBLE_CHANGE = /\{\{VISIBLE_CHANGE\((\w+)\)\}\}/g;
/** `{{IN_WINDOW(r)}}`: whether tie r overlaps `[$windowFrom, $windowTo]` (src/modules/time/window.ts). */
const IN_WINDOW = /\{\{IN_WINDOW\((\w+)\)\}\}/g;
/**
 * `{{TIES(x)}}`: how many cooperation ties of x the viewer sees in the window (src/modules/time/tie-count.ts);
 * `{{TIES(x, p)}}`: the same, taking x's public ties from variable p where it is not null.
 */
const TIES = /\{\{TIES\((\w+)(?:, (\w+))?\)\}\}/g;
/** `{{PUBLIC_TIES(x)}}`: how many public cooperation ties of x overlap the window, whoever the viewer is. */
const PUBLIC_TIES = /\{\{PUBLIC_TIES\((\w+)\)\}\}/g;
/** `{{MOST_TIES(x)}}`: at most how many ties `{{TIES(x)}}` counts, from stored counts alone (null: none stored). */
const MOST_TIES = /\{\{MOST_TIES\((\w+)\)\}\}/g;

/**
 * The text of `cypher/<name>.cypher` (e.g. `system/components`) with vocabulary constants filled, read once and
 * cached. Given the parameters it will run with, the visibility macros are reduced to what their `$scope` needs
 * (visibilityVariant: one text, and one plan, per variant) and the window macros to a date test or, timeless,
 * none; without them, the whole rules.
 */
export function loadCypher(name: string, params?: Record<string, unknown>): string {
  const variant = visibilityVariant(params?.scope as VisibilityScope | undefined);
  // Parameters that do not name a window (no windowTo at all) leave its rule whole, as no parameters do.
  const windowed = params && 'windowTo' in params ? params.windowTo != null : undefined;
  const key = `${name}#${variant}#${String(windowed)}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = expand(name, variant, windowed);
    cache.set(key, text);
  }
  return text;
}

/**
 * `{{INCLUDE(fragments/<name>)}}`: the text of `cypher/fragments/<name>.cypher` (its comment lines left out), for a
 * subquery several statements share (the page of an entity's relations); a fragment may include others, never
 * itself; its macros are expanded with the including statement's.
 */
const INCLUDE = /\{\{INCLUDE\((fragments\/[\w-]+)\)\}\}/g;

function fragment(name: string, within: readonly string[] = []): string {
  if (within.includes(name))
    throw new Error(`cypher/${name}.cypher includes itself (${[...within, name].join(' → ')})`);
  return fs
    .readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trimEnd()
    .replace(INCLUDE, (_m, included: string) => fragment(included, [...within, name]));
}

/**
 * The text sent to Neo4j: without its comment lines, blank lines and indentation. A statement travels with every
 * call, and neo4j-driver writes a Bolt message longer than its 1,400-byte buffer in several socket writes: the
 * nested lookup's 6.4 KB (half of it comments and indentation) cost five writes a request. No statement under
 * cypher/ has a string literal spanning lines (test/unit/cypher.test.ts checks), so no literal loses a space.
 */
export function compactStatement(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

function expand(name: string, variant: VisibilityVariant, windowed: boolean | undefined): string {
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(INCLUDE, (_m, included: string) => fragment(included))
    .replace(TIES, (_m, x: string, known?: string) => tieCountCypher(x, variant, windowed, known))
    .replace(PUBLIC_TIES, (_m, x: string) => tieCountCypher(x, 'public', windowed))
    .replace(MOST_TIES, (_m, x: string) => mostTiesCypher(x, variant))
    .replace(IN_WINDOW, (_m, r: string) => inWindowCypher(r, windowed))
    .replace(VISIBLE, (_m, r: string) => visibleTieCypher(r, variant))
    .replace(VISIBLE_CHANGE, (_m, c: string) => visibleChangeCypher(c, variant))
    .replace(CONSTANT, (m, constant: string) => {
      if (!(constant in VOCABULARY)) throw new Error(`cypher/${name}.cypher names an unknown constant ${m}`);
      return VOCABULARY[constant];
    });
  return compactStatement(text);
}

/**
 * A per-call literal: an integer, a list of relationship types (written as `A|B|C`), or whether a section is kept.
 */
export type Literal = number | readonly RelationType[] | boolean;

const LITERAL = /\{\{([a-z]\w*)\}\}/g;

/**
 * `{{IF(name)}}` … `{{ELSE(name)}}` … `{{END(name)}}` (each on a line of its own, the ELSE part optional): text kept
 * or left out by the boolean literal `name`, for the parts of a statement that a call's parameters can show to be
 * dead (the hub walk of a relations page when every read names its types). Both variants are texts of their own
 * with plans of their own, so a flag is worth it only where the smaller plan is measurably cheaper to run; sections
 * do not nest within a section of the same name.
 */
const SECTION = /\{\{IF\(([a-z]\w*)\)\}\}\n([\s\S]*?)(?:\{\{ELSE\(\1\)\}\}\n([\s\S]*?))?\{\{END\(\1\)\}\}(?:\n|$)/g;

/** The `{{name}}` placeholders of a query text. */
export function literalNames(text: string): string[] {
  return [...new Set([...text.matchAll(LITERAL)].map((m) => m[1]))];
}

/** The names of the `{{IF(name)}}` sections of a query text (each a boolean literal). */
export function sectionNames(text: string): string[] {
  return [...new Set([...text.matchAll(SECTION)].map((m) => m[1]))];
}

/**
 * Fills `{{name}}` placeholders with integers or relationship type lists, and keeps or leaves out `{{IF(name)}}`
 * sections by booleans. Cypher takes only literals in a few places (path quantifier bounds, SHORTEST k,
 * relationship types in a pattern); those are the one thing not passed as parameters, so anything but a safe
 * integer or a non-empty list of the vocabulary's relationship types is refused here, as is a section without a
 * boolean.
 */
export function fillLiterals(text: string, literals: Record<string, Literal> = {}): string {
  const kept = text.replace(SECTION, (_m, name: string, then: string, otherwise?: string) => {
    const v = literals[name];
    if (typeof v !== 'boolean')
      throw new Error(`Cypher section {{IF(${name})}} needs true or false, got ${JSON.stringify(v)}`);
    return v ? then : (otherwise ?? '');
  });
  return kept.replace(LITERAL, (_m, name: string) => {
    const v = literals[name];
    if (Array.isArray(v)) {
      const bad = (v as readonly string[]).find((t) => !(RELATION_TYPES as readonly string[]).includes(t));
      if (!v.length || bad !== undefined)
        throw new Error(`Cypher literal {{${name}}} needs relationship types, got ${JSON.stringify(v)}`);
      return v.join('|');
    }
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
      // Migrations run apart (src/db/migrate.ts); fragments are parts of statements, not statements.
      if (!(prefix === '' && (entry.name === 'migrations' || entry.name === 'fragments')))
        names.push(...listCypherFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    } else if (entry.name.endsWith('.cypher')) {
      names.push(`${prefix}${entry.name.slice(0, -'.cypher'.length)}`);
    }
  }
  return names.sort();
}
