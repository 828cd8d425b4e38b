/** An entity of a nested lookup's answer, as both servers give it: its fields and the entities under it, in order. */
export interface AnswerTree {
  id: string;
  name: string;
  kind: string;
  under: Record<string, AnswerTree[]>;
}

const OWN = new Set(['id', 'name', 'kind']);

/**
 * One shape for the answers of the API and of @neo4j/graphql to the same nested lookup: the API's
 * `members { edges { node } }` and the library's `membersConnection { edges { node } }` or
 * `relations: [Entity]` all become the list of entities under the field's name (without the
 * library's `Connection` suffix), so that the two answers compare with one deep equality.
 */
export function answerTree(e: Record<string, unknown>): AnswerTree {
  const under: Record<string, AnswerTree[]> = {};
  for (const [field, value] of Object.entries(e)) {
    if (OWN.has(field) || value == null) continue;
    const nodes = Array.isArray(value)
      ? value
      : ((value as { edges: { node: unknown }[] }).edges ?? []).map((edge) => edge.node);
    // An empty list is no field: the API asks a field only of the kinds that have it (fragments), the
    // library of every entity, and a kind without the field has no such ties.
    if (nodes.length) under[field.replace(/Connection$/, '')] = (nodes as Record<string, unknown>[]).map(answerTree);
  }
  // The API's EntityKind enum names the stored kind in capitals (ORGANISATION); the library, a String, as stored.
  return { id: e.id as string, name: e.name as string, kind: String(e.kind).toUpperCase(), under };
}

/** The first place two answer trees differ (a path and both values), or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
    if (d) return d;
  }
  return null;
}
