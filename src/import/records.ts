import neo4j from 'neo4j-driver';
import { sortName } from '../model/text';
import { KIND_SPECS, type EntityKind, type RelationType } from '../model/vocabulary';

/** Where a record came from, for error messages: its file and place (`entities[3]`, `line 17`). */
export interface RecordOrigin {
  file: string;
  record: string;
}

/** An entity as it appears in an import file (fields as in docs/import-format.md). */
export type EntityRecord = { kind: string; id: string; name: string } & Record<string, unknown>;

/** A relation as it appears in an import file. */
export type RelationRecord = { type: string; from: string; to: string } & Record<string, unknown>;

export interface ParsedRecord {
  origin: RecordOrigin;
  entity?: EntityRecord;
  relation?: RelationRecord;
}

/** The node properties we store: the record minus absent values, lists always present. */
export type EntityRow = { id: string; kind: EntityKind; name: string } & Record<string, unknown>;

/** A relationship to store: endpoints, type, and its properties. */
export interface RelationRow {
  from: string;
  to: string;
  type: RelationType;
  props: Record<string, unknown>;
}

const LIST_FIELDS = ['aliases', 'sources', 'labels'];

/** Normalises a valid entity record into the exact property map stored on its node. */
export function toEntityRow(e: EntityRecord): EntityRow {
  const row: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (v !== undefined && v !== null && k !== 'record') row[k] = v;
  for (const f of LIST_FIELDS) row[f] = e[f] ?? [];
  // JavaScript numbers reach Neo4j as floats; integer fields must be sent as Neo4j integers.
  for (const [f, type] of Object.entries(KIND_SPECS[e.kind as EntityKind].fields))
    if (type === 'integer' && typeof row[f] === 'number') row[f] = neo4j.int(row[f]);
  // Derived, for ordering by name the way people read names; never exported.
  row.sortName = sortName(e.name);
  return row as EntityRow;
}

/** Normalises a valid relation record into endpoints plus the properties stored on its relationship. */
export function toRelationRow(r: RelationRecord): RelationRow {
  // An empty source list is not stored: at a million relationships it is real weight, and readers
  // treat a missing list as empty.
  const props: Record<string, unknown> = {};
  if (Array.isArray(r.sources) && r.sources.length) props.sources = r.sources;
  for (const [k, v] of Object.entries(r)) {
    if (['type', 'from', 'to', 'record', 'sources'].includes(k) || v === undefined || v === null) continue;
    // PUBLIC is the absence of the property (src/auth/visibility.ts): readers test `visibility IS NULL` first.
    if (k === 'visibility' && v === 'PUBLIC') continue;
    props[k] = k === 'rank' && typeof v === 'number' ? neo4j.int(v) : v;
  }
  return { from: r.from, to: r.to, type: r.type as RelationType, props };
}
