import type { ParsedRecord } from '../../src/import/records';

// Import records built in tests (what the importers read from a JSON Lines file), named after their id; fields
// beyond kind, id and name (or type, from and to) as given.

const origin = { file: 'test.jsonl', record: 'test' };

/** An entity record of `kind`, named after its id. */
export const entityRecord = (kind: string, id: string, fields: Record<string, unknown> = {}): ParsedRecord => ({
  origin,
  entity: { kind, id, name: id, ...fields },
});

/** A relationship record. */
export const tieRecord = (
  type: string,
  from: string,
  to: string,
  fields: Record<string, unknown> = {},
): ParsedRecord => ({
  origin,
  relation: { type, from, to, ...fields },
});
