import {
  COMMON_FIELDS,
  DATE_PATTERN,
  ENTITY_KINDS,
  ID_PATTERN,
  KIND_SPECS,
  LABELS,
  RELATION_FIELDS,
  RELATION_SPECS,
  RELATION_TYPES,
  type EntityKind,
  type FieldType,
  type RelationType,
} from '../model/vocabulary';
import type { ParsedRecord, RecordOrigin } from './records';
import { visibilityProblem } from './tie-visibility';

/** One problem with one field of one record. */
export interface ValidationIssue {
  file: string;
  record: string;
  id?: string;
  field: string;
  message: string;
  /** Set when the problem is not the shape of the input: an unknown id, or a clash with stored data. */
  code?: 'NOT_FOUND' | 'CONFLICT';
  /** The id the problem is about (for NOT_FOUND). */
  ref?: string;
}

export class ImportValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    const shown = issues.slice(0, 50).map(formatIssue);
    const more = issues.length > 50 ? `\n  … and ${issues.length - 50} more` : '';
    super(`Import rejected, nothing was written: ${issues.length} problem(s)\n  ${shown.join('\n  ')}${more}`);
  }
}

/** `file entities[3] (id "x"): field "f": message` */
export function formatIssue(i: ValidationIssue): string {
  return `${i.file} ${i.record}${i.id ? ` (id "${i.id}")` : ''}: field "${i.field}": ${i.message}`;
}

/** An id already stored as another kind (validation, or the write's own check under a lock). */
export const kindConflict = (o: RecordOrigin, id: string, dbKind: string): ValidationIssue => ({
  ...o,
  id,
  field: 'kind',
  message: `id "${id}" already exists as a ${dbKind}; an entity's kind cannot change`,
  code: 'CONFLICT',
  ref: id,
});

/** A cited source that does not exist (or was deleted before the citing write committed). */
export const unknownSource = (o: RecordOrigin, source: string, id?: string): ValidationIssue => ({
  ...o,
  id,
  field: 'sources',
  message: `unknown source id "${source}"`,
  code: 'NOT_FOUND',
  ref: source,
});

/** A relation end that does not exist (or was deleted before the relation's write). */
export const danglingEnd = (o: RecordOrigin, end: 'from' | 'to', id: string): ValidationIssue => ({
  ...o,
  field: end,
  message: `dangling reference: no entity with id "${id}" in this import or the database`,
  code: 'NOT_FOUND',
  ref: id,
});

/** Looks up the kinds of ids already in the database that the batch refers to but does not define. */
export type KindLookup = (ids: string[]) => Promise<Map<string, EntityKind>>;

// With the u flag, \p{Cs} matches only surrogates that are not part of a pair.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Text reaches Neo4j as UTF-8, which cannot carry a lone UTF-16 surrogate: the driver would silently
 * replace it with U+FFFD. Refuse such text instead of storing something other than what was sent.
 */
function malformedText(v: unknown): string | undefined {
  const texts =
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  for (const t of texts) {
    const at = t.search(LONE_SURROGATE);
    if (at >= 0)
      return `contains an unpaired UTF-16 surrogate (\\u${t.charCodeAt(at).toString(16).toUpperCase()} at position ${at}); text must be valid Unicode`;
  }
  return undefined;
}

/** Text fields with a range index: Neo4j refuses index keys over about 8 kB, so they are kept short. */
const INDEXED_TEXT = new Set(['name', 'orgType', 'countryCode']);
export const MAX_INDEXED_TEXT = 1000;

/**
 * The most characters a text field may hold (docs/model.md, "Limits"). Far above anything real (the
 * demo's longest description is 415 characters, its longest note 122) and far below what hurts: a
 * 900,000-character description was accepted, and every read of that entity then carried it.
 */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  description: 10_000,
  note: 2_000,
  website: 2_000,
  url: 2_000,
};
/** Any other free-text field (a Source's title, publisher, author…). */
export const MAX_TEXT = 1_000;
/** The most items a list may hold, and characters per item (ids are at most MAX_ID characters). */
export const LIST_LIMITS: Readonly<Record<string, { items: number; chars: number }>> = {
  aliases: { items: 200, chars: 200 },
  sources: { items: 1_000, chars: 80 },
  labels: { items: 20, chars: 80 },
};
export const MAX_ID = 80;
/** Fields that hold a link a browser may open: only http(s), so `javascript:` and `data:` never reach a page. */
const URL_FIELDS = new Set(['website', 'url']);

/** A value for an error message: JSON, cut to 100 characters so a huge value does not make a huge message. */
export function shown(v: unknown): string {
  const json = JSON.stringify(v) ?? String(v);
  return json.length > 100
    ? `${json.slice(0, 100)}… (${typeof v === 'string' ? `${v.length} characters` : 'cut'})`
    : json;
}

const tooLong = (limit: number, length: number) => `at most ${limit} characters, got ${length}`;

/**
 * Why a text or list value is out of bounds, or not an http(s) URL where one is expected; undefined when it is fine.
 */
function boundsProblem(field: string, v: unknown): string | undefined {
  const list = Object.hasOwn(LIST_LIMITS, field) ? LIST_LIMITS[field] : undefined;
  if (list && Array.isArray(v)) {
    if (v.length > list.items) return `at most ${list.items} items, got ${v.length}`;
    const at = v.findIndex((x) => typeof x === 'string' && x.length > list.chars);
    return at >= 0 ? `item ${at}: ${tooLong(list.chars, (v[at] as string).length)}` : undefined;
  }
  if (typeof v !== 'string') return undefined;
  const limit = INDEXED_TEXT.has(field)
    ? MAX_INDEXED_TEXT
    : Object.hasOwn(TEXT_LIMITS, field)
      ? TEXT_LIMITS[field]
      : MAX_TEXT;
  if (v.length > limit)
    return INDEXED_TEXT.has(field)
      ? `at most ${limit} characters (the field is indexed), got ${v.length}`
      : tooLong(limit, v.length);
  if (URL_FIELDS.has(field) && !isHttpUrl(v))
    return `expected an http(s) URL (http:// or https:// and a host), got ${shown(v)}`;
  return undefined;
}

function isHttpUrl(v: string): boolean {
  // The raw text must start with the scheme: the URL parser forgives leading spaces and control characters.
  if (!/^https?:\/\/[^\s/?#]/i.test(v)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

/**
 * Keys that reach or replace an object's prototype when assigned (`o[k] = v`). An import record is a
 * plain map of field names, so such a key is never a field: it is refused before any lookup by name.
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
export const prototypeKeyProblem = (key: string) =>
  `the key "${key}" is refused (it could alter object prototypes); it is not a field`;

const isStringList = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

function checkField(type: FieldType, v: unknown): string | undefined {
  if (typeof type === 'object')
    return type.enum.includes(v as string) ? undefined : `expected one of ${type.enum.join(', ')}, got ${shown(v)}`;
  switch (type) {
    case 'string':
      return typeof v === 'string' && v.trim() !== '' ? undefined : `expected a non-empty string, got ${shown(v)}`;
    case 'date':
      return typeof v === 'string' && DATE_PATTERN.test(v) && validCalendarDate(v)
        ? undefined
        : `expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${shown(v)}`;
    case 'integer':
      return Number.isInteger(v) ? undefined : `expected an integer, got ${shown(v)}`;
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? undefined : `expected a number, got ${shown(v)}`;
  }
}

function validCalendarDate(v: string): boolean {
  if (v.length < 10) return true;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

/** The base of a relation's key in the duplicate check, built from its ends' ordinals. */
const PAIR_BASE = 2 ** 26;

/**
 * Validates a whole batch before anything is written: shapes, vocabularies, uniqueness, and every
 * reference (to entities of the batch or already in the database). Returns all issues, not the first.
 */
export async function validateBatch(records: ParsedRecord[], lookup: KindLookup): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  const add = (o: RecordOrigin, field: string, message: string, id?: string) =>
    issues.push({ ...o, id, field, message });
  const kinds = new Map<string, EntityKind>();
  const firstSeen = new Map<string, RecordOrigin>();

  for (const { origin, entity: e } of records) {
    if (!e) continue;
    const id = typeof e.id === 'string' ? e.id : undefined;
    if (!id || !ID_PATTERN.test(id) || id.length > MAX_ID)
      add(
        origin,
        'id',
        `expected a slug (lowercase letters, digits and single hyphens, at most ${MAX_ID} characters), got ${shown(e.id)}`,
      );
    if (!ENTITY_KINDS.includes(e.kind as EntityKind)) {
      add(origin, 'kind', `unknown kind ${shown(e.kind)}; expected one of ${ENTITY_KINDS.join(', ')}`, id);
      continue;
    }
    const kind = e.kind as EntityKind;
    if (id) {
      const seen = firstSeen.get(id);
      if (seen) add(origin, 'id', `defined twice (first in ${seen.file} ${seen.record})`, id);
      else firstSeen.set(id, origin);
      kinds.set(id, kind);
    }
    if (typeof e.name !== 'string' || e.name.trim() === '') add(origin, 'name', 'required: a non-empty string', id);
    const spec = KIND_SPECS[kind];
    for (const [field, v] of Object.entries(e)) {
      if (PROTOTYPE_KEYS.has(field)) {
        add(origin, field, prototypeKeyProblem(field), id);
        continue;
      }
      if (field === 'record' || v === undefined || v === null) continue;
      const malformed = malformedText(v);
      if (malformed) {
        add(origin, field, malformed, id);
        continue;
      }
      const outOfBounds = boundsProblem(field, v);
      if (outOfBounds) {
        add(origin, field, outOfBounds, id);
        continue;
      }
      if ((COMMON_FIELDS as readonly string[]).includes(field)) {
        if (['aliases', 'sources', 'labels'].includes(field) && !isStringList(v))
          add(origin, field, 'expected a list of non-empty strings', id);
        else if (field === 'labels')
          for (const l of v as string[])
            if (!(LABELS as readonly string[]).includes(l))
              add(origin, field, `unknown label "${l}"; expected one of ${LABELS.join(', ')}`, id);
        if ((field === 'description' || field === 'website') && typeof v !== 'string')
          add(origin, field, 'expected a string', id);
        // The organisation that owns the entity, by id: it need not be in the graph (docs/access.md, "Ownership").
        if (field === 'owner' && (typeof v !== 'string' || !ID_PATTERN.test(v) || v.length > MAX_ID))
          add(origin, field, `expected an entity id (the owning organisation), got ${shown(v)}`, id);
        continue;
      }
      // Own keys only: `toString` or `valueOf` would otherwise find Object.prototype's methods.
      const type = Object.hasOwn(spec.fields, field) ? spec.fields[field] : undefined;
      if (!type) {
        add(
          origin,
          field,
          `not a field of ${kind}; expected one of ${[...COMMON_FIELDS, ...Object.keys(spec.fields)].join(', ')}`,
          id,
        );
        continue;
      }
      const problem = checkField(type, v);
      if (problem) add(origin, field, problem, id);
    }
    for (const field of spec.required)
      if (e[field] === undefined || e[field] === null) add(origin, field, `required for ${kind}`, id);
  }

  // Ids referenced but not defined in the batch must exist in the database.
  const referenced = new Set<string>();
  // Only what could be an id is looked up (out-of-bounds values are already issues): a record must not
  // make the lookup carry 60,000 ids or a megabyte-long one.
  const refer = (v: unknown) => {
    if (typeof v === 'string' && v.length <= MAX_ID) referenced.add(v);
  };
  for (const { entity, relation } of records) {
    if (relation) {
      refer(relation.from);
      refer(relation.to);
    }
    const sources = (relation ?? entity)?.sources;
    if (Array.isArray(sources) && sources.length <= LIST_LIMITS.sources.items) sources.forEach(refer);
  }
  const missing = [...referenced].filter((id) => !kinds.has(id));
  const existing = missing.length ? await lookup(missing) : new Map<string, EntityKind>();
  const kindOf = (id: string) => kinds.get(id) ?? existing.get(id);

  const batchEntityIds = [...kinds.keys()];
  if (batchEntityIds.length) {
    for (const [id, dbKind] of await lookup(batchEntityIds)) {
      // A node read without a kind is one a concurrent write is changing: the write's own check,
      // under the node's lock, decides (a refusal here claimed the entity "exists as a null").
      if (dbKind != null && dbKind !== kinds.get(id)) issues.push(kindConflict(firstSeen.get(id)!, id, dbKind));
    }
  }
  const checkSources = (o: RecordOrigin, sources: unknown, id?: string) => {
    if (!isStringList(sources) || boundsProblem('sources', sources)) return;
    for (const s of sources as string[]) {
      const k = kindOf(s);
      if (k !== 'Source')
        issues.push(
          k ? { ...o, id, field: 'sources', message: `"${s}" is a ${k}, not a Source` } : unknownSource(o, s, id),
        );
    }
  };
  for (const { origin, entity } of records)
    if (entity?.sources !== undefined) checkSources(origin, entity.sources, entity.id);

  // Duplicates are found by the ordinals of their ends, one map per type: at L (9.6 million relations) a key string
  // per relation made the duplicate check most of validation's time and a gigabyte of its memory.
  const triples = new Map<string, Map<number, RecordOrigin>>();
  const ordinals = new Map<string, number>();
  const ordinal = (id: string) => {
    let n = ordinals.get(id);
    if (n === undefined) ordinals.set(id, (n = ordinals.size));
    return n;
  };
  for (const { origin, relation: r } of records) {
    if (!r) continue;
    if (!RELATION_TYPES.includes(r.type as RelationType)) {
      add(origin, 'type', `unknown relation type ${shown(r.type)}; expected one of ${RELATION_TYPES.join(', ')}`);
      continue;
    }
    const type = r.type as RelationType;
    const spec = RELATION_SPECS[type];
    for (const end of ['from', 'to'] as const) {
      const id = r[end];
      const k = typeof id === 'string' ? kindOf(id) : undefined;
      if (typeof id !== 'string') add(origin, end, 'required: an entity id');
      else if (id.length > MAX_ID) add(origin, end, `expected an entity id, ${tooLong(MAX_ID, id.length)}`);
      else if (!k) issues.push(danglingEnd(origin, end, id));
      else if (!spec[end].includes(k))
        add(
          origin,
          end,
          `${type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${k} ("${id}"); expected ${spec[end].join(' or ')}`,
        );
    }
    if (r.from === r.to) add(origin, 'to', `a ${type} relation cannot join "${r.from}" to itself`);
    if (typeof r.from === 'string' && typeof r.to === 'string') {
      let ofType = triples.get(type);
      if (!ofType) triples.set(type, (ofType = new Map<number, RecordOrigin>()));
      // Exact: a Map holds at most 2^24 entries, so ordinals stay below PAIR_BASE and keys below 2^52.
      const key = ordinal(r.from) * PAIR_BASE + ordinal(r.to);
      const seen = ofType.get(key);
      if (seen)
        add(origin, 'type', `duplicate ${type} from "${r.from}" to "${r.to}" (first in ${seen.file} ${seen.record})`);
      else ofType.set(key, origin);
    }
    for (const [field, v] of Object.entries(r)) {
      if (PROTOTYPE_KEYS.has(field)) {
        add(origin, field, prototypeKeyProblem(field));
        continue;
      }
      if (['type', 'from', 'to', 'record'].includes(field) || v === undefined || v === null) continue;
      const malformed = malformedText(v) ?? boundsProblem(field, v);
      if (malformed) add(origin, field, malformed);
      else if (!(RELATION_FIELDS as readonly string[]).includes(field))
        add(origin, field, `not a relation field; expected one of ${RELATION_FIELDS.join(', ')}`);
      else if (field === 'role') {
        if (!spec.roles.includes(v as string))
          add(
            origin,
            'role',
            spec.roles.length
              ? `role of ${type} must be one of ${spec.roles.join(', ')}, got ${shown(v)}`
              : `${type} takes no role`,
          );
      } else if (field === 'since' || field === 'until') {
        const p = checkField('date', v);
        if (p) add(origin, field, p);
      } else if (field === 'visibility') {
        const p = visibilityProblem(type, v);
        if (p) add(origin, field, p);
      } else if (field === 'note' && typeof v !== 'string') add(origin, field, 'expected a string');
      else if (field === 'sources') {
        if (!isStringList(v)) add(origin, field, 'expected a list of non-empty strings');
        else checkSources(origin, v);
      } else if (['amountEur', 'lengthKm', 'rank'].includes(field)) {
        if (spec.extra !== field)
          add(
            origin,
            field,
            `only ${Object.entries(RELATION_SPECS)
              .filter(([, s]) => s.extra === field)
              .map(([t]) => t)
              .join(', ')} relations carry ${field}`,
          );
        else {
          const p = checkField(field === 'rank' ? 'integer' : 'number', v);
          if (p) add(origin, field, p);
        }
      }
    }
    if (typeof r.since === 'string' && typeof r.until === 'string' && r.until < r.since)
      add(origin, 'until', `ends (${r.until}) before it begins (${r.since})`);
  }
  return issues;
}
