import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
  Node,
  Path,
  Relationship,
} from 'neo4j-driver';

/**
 * Converts a value returned by neo4j-driver into plain JSON-friendly JavaScript: integers become
 * numbers when they fit (strings otherwise, never silently rounded), temporals ISO strings, points
 * `{srid, x, y, z?}`, nodes/relationships/paths plain objects.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers, lists and maps: answer those before the driver's type checks,
  // which cost several property lookups each and dominated the conversion of large rows.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toNative);
  if (Object.getPrototypeOf(value) === Object.prototype) return convertMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (
    isDate(value as never) ||
    isDateTime(value as never) ||
    isLocalDateTime(value as never) ||
    isTime(value as never) ||
    isLocalTime(value as never) ||
    isDuration(value as never)
  ) {
    return (value as { toString(): string }).toString(); // ISO 8601
  }
  if (isPoint(value as never)) {
    const p = value as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toNative(p.srid), x: p.x, y: p.y, ...(p.z !== undefined ? { z: p.z } : {}) };
  }
  if (value instanceof Node)
    return { elementId: value.elementId, labels: value.labels, properties: toNative(value.properties) };
  if (value instanceof Relationship) {
    const r = value as Relationship;
    return {
      elementId: r.elementId,
      type: r.type,
      start: r.startNodeElementId,
      end: r.endNodeElementId,
      properties: toNative(r.properties),
    };
  }
  if (value instanceof Path)
    return {
      start: toNative(value.start),
      end: toNative(value.end),
      segments: value.segments.map((s) => ({
        start: toNative(s.start),
        relationship: toNative(s.relationship),
        end: toNative(s.end),
      })),
    };
  return convertMap(value as Record<string, unknown>);
}

function convertMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = toNative(value[k]);
  return out;
}

/**
 * Parameters that arrive as JSON (analyst statements): whole numbers become Neo4j integers, as a
 * Cypher author expects (`LIMIT $n`, `range(0, $n)`); everything else passes as it is.
 */
export function fromJson(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(fromJson);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromJson(v);
    return out;
  }
  return value;
}
