import {
  COMMON_FIELDS, DATE_PATTERN, ENTITY_KINDS, ID_PATTERN, KIND_SPECS, LABELS, RELATION_FIELDS, RELATION_SPECS, RELATION_TYPES,
  type EntityKind, type FieldType, type RelationType,
} from '../model/vocabulary';
import type { ParsedRecord, RecordOrigin } from './records';

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

/** Looks up the kinds of ids already in the database that the batch refers to but does not define. */
export type KindLookup = (ids: string[]) => Promise<Map<string, EntityKind>>;

// With the u flag, \p{Cs} matches only surrogates that are not part of a pair.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Text reaches Neo4j as UTF-8, which cannot carry a lone UTF-16 surrogate: the driver would silently
 * replace it with U+FFFD. Refuse such text instead of storing something other than what was sent.
 */
function malformedText(v: unknown): string | undefined {
  const texts = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  for (const t of texts) {
    const at = t.search(LONE_SURROGATE);
    if (at >= 0) return `contains an unpaired UTF-16 surrogate (\\u${t.charCodeAt(at).toString(16).toUpperCase()} at position ${at}); text must be valid Unicode`;
  }
  return undefined;
}

/** Text fields with a range index: Neo4j refuses index keys over about 8 kB, so they are kept short. */
const INDEXED_TEXT = new Set(['name', 'orgType', 'countryCode']);
export const MAX_INDEXED_TEXT = 1000;

const isStringList = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

function checkField(type: FieldType, v: unknown): string | undefined {
  if (typeof type === 'object') return type.enum.includes(v as string) ? undefined : `expected one of ${type.enum.join(', ')}, got ${JSON.stringify(v)}`;
  switch (type) {
    case 'string':
      return typeof v === 'string' && v.trim() !== '' ? undefined : `expected a non-empty string, got ${JSON.stringify(v)}`;
    case 'date':
      return typeof v === 'string' && DATE_PATTERN.test(v) && validCalendarDate(v) ? undefined : `expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(v)}`;
    case 'integer':
      return Number.isInteger(v) ? undefined : `expected an integer, got ${JSON.stringify(v)}`;
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? undefined : `expected a number, got ${JSON.stringify(v)}`;
  }
}

function validCalendarDate(v: string): boolean {
  if (v.length < 10) return true;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

/**
 * Validates a whole batch before anything is written: shapes, vocabularies, uniqueness, and every
 * reference (to entities of the batch or already in the database). Returns all issues, not the first.
 */
export async function validateBatch(records: ParsedRecord[], lookup: KindLookup): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  const add = (o: RecordOrigin, field: string, message: string, id?: string, extra: Pick<ValidationIssue, 'code' | 'ref'> = {}) =>
    issues.push({ ...o, id, field, message, ...extra });
  const kinds = new Map<string, EntityKind>();
  const firstSeen = new Map<string, RecordOrigin>();

  for (const { origin, entity: e } of records) {
    if (!e) continue;
    const id = typeof e.id === 'string' ? e.id : undefined;
    if (!id || !ID_PATTERN.test(id) || id.length > 80) add(origin, 'id', `expected a slug (lowercase letters, digits and single hyphens, at most 80 characters), got ${JSON.stringify(e.id)}`);
    if (!ENTITY_KINDS.includes(e.kind as EntityKind)) {
      add(origin, 'kind', `unknown kind ${JSON.stringify(e.kind)}; expected one of ${ENTITY_KINDS.join(', ')}`, id);
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
      if (field === 'record' || v === undefined || v === null) continue;
      const malformed = malformedText(v);
      if (malformed) {
        add(origin, field, malformed, id);
        continue;
      }
      if (INDEXED_TEXT.has(field) && typeof v === 'string' && v.length > MAX_INDEXED_TEXT) {
        add(origin, field, `at most ${MAX_INDEXED_TEXT} characters (the field is indexed), got ${v.length}`, id);
        continue;
      }
      if ((COMMON_FIELDS as readonly string[]).includes(field)) {
        if (['aliases', 'sources', 'labels'].includes(field) && !isStringList(v)) add(origin, field, 'expected a list of non-empty strings', id);
        else if (field === 'labels') for (const l of v as string[]) if (!(LABELS as readonly string[]).includes(l)) add(origin, field, `unknown label "${l}"; expected one of ${LABELS.join(', ')}`, id);
        if ((field === 'description' || field === 'website') && typeof v !== 'string') add(origin, field, 'expected a string', id);
        continue;
      }
      const type = spec.fields[field];
      if (!type) {
        add(origin, field, `not a field of ${kind}; expected one of ${[...COMMON_FIELDS, ...Object.keys(spec.fields)].join(', ')}`, id);
        continue;
      }
      const problem = checkField(type, v);
      if (problem) add(origin, field, problem, id);
    }
    for (const field of spec.required) if (e[field] === undefined || e[field] === null) add(origin, field, `required for ${kind}`, id);
  }

  // Ids referenced but not defined in the batch must exist in the database.
  const referenced = new Set<string>();
  for (const r of records) {
    const ref: Record<string, unknown> = r.relation ?? {};
    for (const v of [ref.from, ref.to]) if (typeof v === 'string') referenced.add(v);
    for (const s of [...((r.entity?.sources as string[]) ?? []), ...((ref.sources as string[]) ?? [])]) if (typeof s === 'string') referenced.add(s);
  }
  const missing = [...referenced].filter((id) => !kinds.has(id));
  const existing = missing.length ? await lookup(missing) : new Map<string, EntityKind>();
  const kindOf = (id: string) => kinds.get(id) ?? existing.get(id);

  const batchEntityIds = [...kinds.keys()];
  if (batchEntityIds.length) {
    for (const [id, dbKind] of await lookup(batchEntityIds)) {
      if (dbKind !== kinds.get(id)) add(firstSeen.get(id)!, 'kind', `id "${id}" already exists as a ${dbKind}; an entity's kind cannot change`, id, { code: 'CONFLICT', ref: id });
    }
  }
  const checkSources = (o: RecordOrigin, sources: unknown, id?: string) => {
    if (!isStringList(sources)) return;
    for (const s of sources as string[]) {
      const k = kindOf(s);
      if (k !== 'Source') add(o, 'sources', k ? `"${s}" is a ${k}, not a Source` : `unknown source id "${s}"`, id, k ? {} : { code: 'NOT_FOUND', ref: s });
    }
  };
  for (const { origin, entity } of records) if (entity?.sources !== undefined) checkSources(origin, entity.sources, entity.id);

  const triples = new Map<string, RecordOrigin>();
  for (const { origin, relation: r } of records) {
    if (!r) continue;
    if (!RELATION_TYPES.includes(r.type as RelationType)) {
      add(origin, 'type', `unknown relation type ${JSON.stringify(r.type)}; expected one of ${RELATION_TYPES.join(', ')}`);
      continue;
    }
    const type = r.type as RelationType;
    const spec = RELATION_SPECS[type];
    for (const end of ['from', 'to'] as const) {
      const id = r[end];
      const k = typeof id === 'string' ? kindOf(id) : undefined;
      if (typeof id !== 'string') add(origin, end, 'required: an entity id');
      else if (!k) add(origin, end, `dangling reference: no entity with id "${id}" in this import or the database`, undefined, { code: 'NOT_FOUND', ref: id });
      else if (!spec[end].includes(k)) add(origin, end, `${type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${k} ("${id}"); expected ${spec[end].join(' or ')}`);
    }
    if (r.from === r.to) add(origin, 'to', `a ${type} relation cannot join "${r.from}" to itself`);
    const key = `${r.from}|${type}|${r.to}`;
    const seen = triples.get(key);
    if (seen) add(origin, 'type', `duplicate ${type} from "${r.from}" to "${r.to}" (first in ${seen.file} ${seen.record})`);
    else triples.set(key, origin);
    for (const [field, v] of Object.entries(r)) {
      if (['type', 'from', 'to', 'record'].includes(field) || v === undefined || v === null) continue;
      const malformed = malformedText(v);
      if (malformed) add(origin, field, malformed);
      else if (!(RELATION_FIELDS as readonly string[]).includes(field)) add(origin, field, `not a relation field; expected one of ${RELATION_FIELDS.join(', ')}`);
      else if (field === 'role') {
        if (!spec.roles.includes(v as string)) add(origin, 'role', spec.roles.length ? `role of ${type} must be one of ${spec.roles.join(', ')}, got ${JSON.stringify(v)}` : `${type} takes no role`);
      } else if (field === 'since' || field === 'until') {
        const p = checkField('date', v);
        if (p) add(origin, field, p);
      } else if (field === 'note' && typeof v !== 'string') add(origin, field, 'expected a string');
      else if (field === 'sources') {
        if (!isStringList(v)) add(origin, field, 'expected a list of non-empty strings');
        else checkSources(origin, v);
      } else if (['amountEur', 'lengthKm', 'rank'].includes(field)) {
        if (spec.extra !== field) add(origin, field, `only ${Object.entries(RELATION_SPECS).filter(([, s]) => s.extra === field).map(([t]) => t).join(', ')} relations carry ${field}`);
        else {
          const p = checkField(field === 'rank' ? 'integer' : 'number', v);
          if (p) add(origin, field, p);
        }
      }
    }
    if (typeof r.since === 'string' && typeof r.until === 'string' && r.until < r.since) add(origin, 'until', `ends (${r.until}) before it begins (${r.since})`);
  }
  return issues;
}
