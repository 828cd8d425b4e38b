import { PUBLIC_SCOPE, type VisibilityScope } from '../../auth/visibility';
import type { CypherRunner } from '../../db/runner';
import { RELATION_TYPES, type EntityKind, type RelationType } from '../../model/vocabulary';
import type { Direction, TieVisibility } from './entity.enum';
import type { EntityProps } from './entity.type';
import type { RelationRow } from './relation.type';
import { encodeRelationCursor, relationEdgeId, type RelationPosition } from './relation.cursor';
import { TIMELESS, windowKey, type TimeWindow } from '../time/window';

/** What to read of one entity's relations. */
export interface RelationQuery {
  id: string;
  types: readonly RelationType[];
  dir: Direction;
  first: number;
  /** Where the page starts (the position of the edge before it); null or absent: at the beginning. */
  after?: RelationPosition | null;
  /** Whether to count every relation of the query (totalCount was selected): part of the key, so never guessed. */
  count?: boolean;
  /** The properties of the entities at the other end that the query reads; null or absent: all. */
  props?: readonly string[] | null;
  /** Only ties overlapping this window (asOf, during); absent: all of history. */
  window?: TimeWindow;
  /**
   * Whether the tie's stored properties are read (an edge field other than node, cursor, id, kind or direction is
   * selected); absent: read.
   */
  edge?: boolean;
}

/** A relations read found in a query before its entity is resolved (the id is added once known). */
export type RelationsAhead = Omit<RelationQuery, 'id'>;

// The same few type lists (the vocabulary, a field's types) recur for every entity of a request.
const typeKeys = new WeakMap<readonly RelationType[], string>();
const typesKey = (types: readonly RelationType[]): string => {
  let key = typeKeys.get(types);
  if (key === undefined) typeKeys.set(types, (key = [...types].sort().join(',')));
  return key;
};

export const relationKey = (q: RelationQuery) =>
  `${q.id}|${typesKey(q.types)}|${q.dir}|${q.first}|${q.after ? encodeRelationCursor(q.after) : ''}|${q.count ? 'count' : ''}|${q.props?.join(',') ?? '*'}|${windowKey(q.window)}|${q.edge === false ? '' : 'edge'}`;

/** Entities by id, in one query. */
export async function findEntitiesByIds(db: CypherRunner, ids: readonly string[]): Promise<Map<string, EntityProps>> {
  const rows = await db.read<{ e: EntityProps }>('entity/by-ids', { ids });
  return new Map(rows.map((r) => [r.e.id, r.e]));
}

/** A page of one entity's relations as cypher/entity/relations answers it, with that entity and the count. */
export interface RelationsRow {
  /** Every property of the entity for a lookup (`entity`); else only its id. */
  e: EntityProps;
  /** At most `first` + 1: one more than the page when another page follows. */
  rels: RelationRow[];
  /** Every relation of the query, when it asked for the count; else null. */
  total: number | null;
}

/**
 * What one read asks, without its entity: the reads of a level share a few (cypher/entity/relations: specs). Its
 * types are null when the pattern's literal already holds exactly them (every type, or a typed field's one): testing
 * each tie's type against a list of seventeen was a tenth of a generic level's work.
 */
export const specOf = (q: RelationsAhead, pattern: readonly RelationType[]) => ({
  types: typesKey(q.types) === typesKey(pattern) ? null : q.types,
  dir: q.dir,
  first: q.first,
  after: q.after ? { s: q.after.sortName, id: q.after.id, t: q.after.kind, d: q.after.direction } : null,
  count: q.count ?? false,
  props: q.props ?? null,
  edge: q.edge ?? true,
  ...(q.window ?? TIMELESS),
});

/**
 * The literals of entity/relations and entity/relations-deep for these specs: the pattern's types, and the page's
 * sections (cypher/fragments/relation-page): `walk` when some read may walk a hub (only a read whose types are the
 * pattern's, types null, can), `count` when some read counts. A typed nested lookup (each level its own type, so
 * every spec names its types) then runs without the walk's operators.
 */
export const relationLiterals = (
  specs: readonly { types: readonly string[] | null; count: boolean }[],
  pattern: readonly RelationType[],
) => ({
  types: pattern,
  walk: specs.some((k) => k.types === null),
  count: specs.some((k) => k.count),
});

/**
 * The relations asked for by many queries, in one round trip, over the ties `scope` may see; keyed by relationKey
 * (absent: no such entity). The key holds no scope: a loader lives for one request, so for one viewer. The rows'
 * `e` holds every property of the entity only with `entity` (a lookup); else only its id, which a nested level
 * needs (its entity came with the level above: reading all of it again was a tenth of a level's db hits).
 */
export async function findRelations(
  db: CypherRunner,
  queries: readonly RelationQuery[],
  scope: VisibilityScope = PUBLIC_SCOPE,
  entity = false,
): Promise<Map<string, RelationsRow>> {
  const pattern = patternTypes(queries);
  const specs: ReturnType<typeof specOf>[] = [];
  const specIndex = new Map<string, number>();
  const spec = queries.map((q) => {
    const key = relationKey({ ...q, id: '' });
    let at = specIndex.get(key);
    if (at === undefined) specIndex.set(key, (at = specs.push(specOf(q, pattern)) - 1));
    return at;
  });
  const limit = Math.max(0, ...queries.map((q) => q.first)) + 1;
  // The reads in a map: one plan for every batch size (Neo4j plans again per list size bucket: 0.8–1.4 s here).
  const rows = await db.read<{ i: number; e: EntityProps | null; total: number | null; rels: Rel[] }>(
    'entity/relations',
    { batch: { ids: queries.map((q) => q.id), spec, specs, entity }, limit, scope },
    relationLiterals(specs, pattern),
  );
  return new Map(rows.map((r) => [relationKey(queries[r.i]), relationsRow(queries[r.i], r)]));
}

/** A row of cypher/entity/relations (or relations-deep) for read `q`: the entity, its page and its count. */
export function relationsRow(
  q: RelationQuery,
  r: { e: EntityProps | null; total: number | null; rels: Rel[] },
): RelationsRow {
  const names = q.props;
  const node = (x: Rel): EntityProps => {
    if (!names) return x[4] as EntityProps;
    const values = x[4] as unknown[];
    const e: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) e[names[i]] = values[i];
    return e as EntityProps;
  };
  return {
    e: r.e ?? ({ id: q.id } as EntityProps),
    total: r.total,
    rels: r.rels.map((x) => new EdgeRow(q.id, x, node(x))),
  };
}

/**
 * The relationship types written into the statement's pattern: the one type when every query asks for the same
 * single type (a typed field, the most common nested read), else all of them (the keys' own lists still filter).
 * So there are at most one text and one plan per type and one for the rest, whatever type lists callers send:
 * a text per combination would let a client make Neo4j plan again and again (seconds each under load).
 */
export function patternTypes(queries: readonly Pick<RelationQuery, 'types'>[]): readonly RelationType[] {
  const first = queries[0]?.types;
  const single = first?.length === 1 && queries.every((q) => q.types.length === 1 && q.types[0] === first[0]);
  return single ? first : RELATION_TYPES;
}

/**
 * A relation as the database answered it (see cypher/entity/relations.cypher): its type, direction, the tie's
 * properties (null unless read), the other end's sortName, and the other end (all its properties, or the
 * listed ones in order).
 */
export type Rel = [
  RelationType,
  'OUTGOING' | 'INCOMING',
  Record<string, unknown> | null,
  string,
  EntityProps | unknown[],
];

// Fields of an edge that its relationship's stored properties never override (as before this class).
const EDGE_OWN = new Set(['id', 'cursor', 'kind', 'direction', 'node', 'sources', 'from', 'sortName']);

/**
 * A RelationRow whose id and cursor are built when read: a 3-level lookup holds 8,400 edges, and
 * encoding a cursor (JSON, then base64url) for each when the query selects neither was the largest
 * part of the server's own work per edge.
 */
class EdgeRow {
  readonly kind: RelationType;
  readonly direction: 'OUTGOING' | 'INCOMING';
  readonly sources: string[];
  readonly visibility: TieVisibility;
  private readonly sortName: string;

  constructor(
    private readonly from: string,
    x: Rel,
    readonly node: EntityProps,
  ) {
    const props = x[2] ?? {};
    for (const [name, value] of Object.entries(props))
      if (!EDGE_OWN.has(name)) (this as unknown as Record<string, unknown>)[name] = value;
    this.kind = x[0];
    this.direction = x[1];
    this.sources = (props.sources as string[]) ?? [];
    this.visibility = (props.visibility as TieVisibility) ?? 'PUBLIC';
    this.sortName = x[3];
  }

  get id(): string {
    return relationEdgeId(this.from, this.kind, this.direction, this.node.id);
  }

  get cursor(): string {
    return encodeRelationCursor({
      sortName: this.sortName,
      id: this.node.id,
      kind: this.kind,
      direction: this.direction,
    });
  }
}

/** Which entities located in a region (or below it) to read. */
export interface LocatedQuery {
  id: string;
  kinds: readonly EntityKind[] | null;
  first: number;
}

export const locatedKey = (q: LocatedQuery) => `${q.id}|${q.kinds ? [...q.kinds].sort().join(',') : '*'}|${q.first}`;

/** The country of each region (itself for a country), in one query. */
export async function findCountries(
  db: CypherRunner,
  ids: readonly string[],
): Promise<Map<string, EntityProps | null>> {
  const rows = await db.read<{ id: string; country: EntityProps | null }>('region/countries', { ids });
  return new Map(rows.map((r) => [r.id, r.country]));
}

/** Entities located in each region or below it, in one query. */
export async function findLocated(
  db: CypherRunner,
  queries: readonly LocatedQuery[],
): Promise<Map<string, EntityProps[]>> {
  const keys = queries.map((q) => ({ key: locatedKey(q), id: q.id, kinds: q.kinds, first: q.first }));
  const rows = await db.read<{ key: string; nodes: EntityProps[] }>('region/located', { keys });
  return new Map(rows.map((r) => [r.key, r.nodes]));
}
