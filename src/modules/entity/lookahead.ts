import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { RELATION_TYPES, type RelationType } from '../../model/vocabulary';
import { Direction } from './entity.enum';
import { relationKey, type RelationsAhead } from './entity.repository';
import { decodeRelationCursor } from './relation.cursor';
import { MAX_RELATIONS } from './relation-limit';
import { timeWindow } from '../time/window';
import type { DateWindow } from '../time/window.input';

/** The fields of a selection set, through inline and named fragments (@skip/@include not applied: it over-selects). */
export function fieldsOf(
  selections: SelectionSetNode | undefined,
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const s of selections?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf(s.selectionSet, info, out);
    else if (s.kind === Kind.FRAGMENT_SPREAD) fieldsOf(info.fragments[s.name.value]?.selectionSet, info, out);
  }
  return out;
}

/** Properties every entity read needs: its id (field resolvers key on it), kind (its GraphQL type) and name. */
const ALWAYS = ['id', 'kind', 'name'];
/** Object fields whose resolvers read a stored property of the entity besides its id. */
const READS_PROPERTY: Record<string, string> = { sources: 'sources' };

type Fragments = Pick<GraphQLResolveInfo, 'fragments'>;

/**
 * `compute` answered once per field nodes: every entity of a list resolves its relation field with the same field
 * nodes (of one document), so a 3-level lookup asks the same question 420 times.
 */
function perFieldNodes<T>(
  compute: (relationFields: readonly FieldNode[], info: Fragments) => T,
): (relationFields: readonly FieldNode[], info: Fragments) => T {
  const answers = new WeakMap<readonly FieldNode[], T>();
  return (relationFields, info) => {
    if (answers.has(relationFields)) return answers.get(relationFields)!;
    const answer = compute(relationFields, info);
    answers.set(relationFields, answer);
    return answer;
  };
}

/**
 * The properties of the entities at the other end of a relation field (`relations`, `members`…)
 * that the query reads: its scalar fields under `edges { node }` (each is the stored property of that name),
 * plus what the object fields below need. Reading only these instead of every property made the
 * benchmark's 3-level lookup (8,400 entities) faster and its server's memory smaller.
 */
export const nodeProjection = perFieldNodes((relationFields, info): string[] => {
  const names = new Set(ALWAYS);
  for (const rel of relationFields) {
    for (const edges of fieldsOf(rel.selectionSet, info)) {
      if (edges.name.value !== 'edges') continue;
      for (const sub of fieldsOf(edges.selectionSet, info)) {
        if (sub.name.value !== 'node') continue;
        for (const f of fieldsOf(sub.selectionSet, info)) {
          const name = f.name.value;
          if (!f.selectionSet && !name.startsWith('__')) names.add(name);
          else if (READS_PROPERTY[name]) names.add(READS_PROPERTY[name]);
        }
      }
    }
  }
  return [...names].sort();
});

/**
 * Whether the query selects `totalCount` of a relation connection: counting every tie of a sector or a
 * country is the costly part of its page, so the statement counts only when asked (under @skip too: the
 * count is then read and not shown, never missing when shown).
 */
export const countSelected = perFieldNodes((relationFields, info): boolean =>
  relationFields.some((rel) => fieldsOf(rel.selectionSet, info).some((f) => f.name.value === 'totalCount')),
);

/** Edge fields that come from the tie's type, direction and other end, not from its stored properties. */
const EDGE_OWN = new Set(['node', 'cursor', 'id', 'kind', 'direction', '__typename']);

/**
 * Whether the query reads a tie's stored properties: an edge field other than node, cursor, id, kind and
 * direction (role, since, visibility, sources…). A nested lookup that reads only the nodes then ships no tie
 * maps: their dates cost the driver more to decode (integer arithmetic per date) than the page took to read.
 */
export const edgePropsSelected = perFieldNodes((relationFields, info): boolean =>
  relationFields.some((rel) =>
    fieldsOf(rel.selectionSet, info).some(
      (f) => f.name.value === 'edges' && fieldsOf(f.selectionSet, info).some((sub) => !EDGE_OWN.has(sub.name.value)),
    ),
  ),
);

/** What a relation connection field's query selects (see nodeProjection, countSelected and edgePropsSelected). */
export const connectionSelection = (
  relationFields: readonly FieldNode[],
  info: Pick<GraphQLResolveInfo, 'fragments'>,
): { props: string[]; count: boolean; edge: boolean } => ({
  props: nodeProjection(relationFields, info),
  count: countSelected(relationFields, info),
  edge: edgePropsSelected(relationFields, info),
});

/** What a typed relation field (`members`, `region`…) reads; kinds.resolver puts it in the field's extensions. */
export interface TieSpec {
  types: readonly RelationType[];
  dir: Direction;
  /** Set on fields that return one entity: they read the first relation, with every property. */
  one?: true;
}

/** The field's TieSpec, if it is a typed relation field. */
export const tieOf = (field: GraphQLField<unknown, unknown> | undefined): TieSpec | undefined =>
  field?.extensions?.ties as TieSpec | undefined;

/** A selected field with the type its fragment is on (the entity's own type when there is no fragment). */
interface Selected {
  node: FieldNode;
  on: string;
}

/** The fields of a selection set through fragments, each with the type condition it sits under. */
function selectedFields(
  selections: SelectionSetNode | undefined,
  on: string,
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  out: Selected[] = [],
): Selected[] {
  for (const s of selections?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push({ node: s, on });
    else if (s.kind === Kind.INLINE_FRAGMENT)
      selectedFields(s.selectionSet, s.typeCondition?.name.value ?? on, info, out);
    else if (s.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = info.fragments[s.name.value];
      if (fragment) selectedFields(fragment.selectionSet, fragment.typeCondition.name.value, info, out);
    }
  }
  return out;
}

/** A relation read found ahead, with the reads the query makes of each entity on its page (the next level). */
export interface AheadRead extends RelationsAhead {
  next: NestedRead[];
}

/** A read of the entities on a page above: only of those of the kinds `on` (null: every kind) that have the field. */
export interface NestedRead extends AheadRead {
  on: string[] | null;
}

/** How many levels of relation reads a lookup makes in its one statement (cypher/entity/relations-deep). */
export const AHEAD_LEVELS = 3;

/**
 * The relation reads a query will make on the entity this field returns, known before it resolves:
 * the generic `relations` field and the typed ones (`members`, `projects`, `region`…, found under
 * fragments on a kind), and below each connection the reads it makes of the entities on its page, up to
 * AHEAD_LEVELS levels, so the lookup fetches the entity and its nested levels in one round trip instead
 * of one per level. The kind is not known yet: a field under another kind's fragment costs only the rows it
 * fetched, as does one that @skip/@include turns off. Fields whose arguments are out of range are left
 * to their resolver, which answers with the proper error. A read found here that the resolver then asks
 * differently (the same response key in two fragments, merged only for one kind) is simply read again.
 */
export function relationsAhead(info: GraphQLResolveInfo): AheadRead[] {
  return readsUnder(info.fieldNodes, getNamedType(info.returnType).name, info, 1);
}

function readsUnder(fieldNodes: readonly FieldNode[], returned: string, info: GraphQLResolveInfo, level: number) {
  // Nodes of one response key under one type condition: the field nodes its resolver will be given.
  const groups = new Map<string, { nodes: FieldNode[]; field: GraphQLField<unknown, unknown>; on: string }>();
  for (const { node, on } of fieldNodes.flatMap((n) => selectedFields(n.selectionSet, returned, info))) {
    const type = info.schema.getType(on);
    const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[node.name.value] : undefined;
    if (!field || (node.name.value !== 'relations' && !tieOf(field))) continue;
    const key = `${on}|${node.alias?.value ?? node.name.value}`;
    const group = groups.get(key);
    if (group) group.nodes.push(node);
    else groups.set(key, { nodes: [node], field, on });
  }
  const found = new Map<string, NestedRead>();
  for (const { nodes, field, on } of groups.values()) {
    const ahead = readOf(nodes, field, info);
    if (!ahead) continue;
    const next = level < AHEAD_LEVELS && !ahead.one ? readsUnder(pageNodes(nodes, info), ENTITY, info, level + 1) : [];
    // The first level is read of the entity looked up, whatever its kind (its resolver decides).
    const read: NestedRead = { ...ahead.read, next, on: level === 1 ? null : kindsOf(on, info) };
    const key = `${relationKey({ id: '', ...read })}|${read.on?.join(',') ?? '*'}`;
    const same = found.get(key);
    // The same read asked twice (aliases) is made once, with what each asks below it.
    if (same) same.next.push(...next);
    else found.set(key, read);
  }
  return [...found.values()];
}

const ENTITY = 'Entity';

/** The `node` fields under these connection fields' `edges`: the selections made of each entity on the page. */
function pageNodes(connections: readonly FieldNode[], info: GraphQLResolveInfo): FieldNode[] {
  return connections.flatMap((c) =>
    fieldsOf(c.selectionSet, info)
      .filter((f) => f.name.value === 'edges')
      .flatMap((edges) => fieldsOf(edges.selectionSet, info).filter((f) => f.name.value === 'node')),
  );
}

/** The kinds a type condition stands for: null for Entity (every kind), else its object types' names. */
function kindsOf(on: string, info: GraphQLResolveInfo): string[] | null {
  if (on === ENTITY) return null;
  const type = info.schema.getType(on);
  if (isObjectType(type)) return [type.name];
  return isInterfaceType(type) ? info.schema.getPossibleTypes(type).map((t) => t.name) : null;
}

/** The read one group of field nodes makes, or undefined when its arguments are for its resolver to refuse. */
function readOf(
  nodes: FieldNode[],
  field: GraphQLField<unknown, unknown>,
  info: GraphQLResolveInfo,
): { read: RelationsAhead; one: boolean } | undefined {
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, nodes[0], info.variableValues);
  } catch {
    return undefined; // an invalid argument: the field resolver reports it
  }
  const tie = tieOf(field);
  const first = tie?.one ? 1 : (args.first as number);
  if (!Number.isInteger(first) || first < 1 || first > MAX_RELATIONS) return undefined;
  let page: Pick<RelationsAhead, 'after' | 'count' | 'props' | 'window' | 'edge'> = { props: null, edge: false };
  if (!tie?.one) {
    let after;
    try {
      after = args.after != null ? decodeRelationCursor(args.after as string) : null;
    } catch {
      return undefined; // a bad cursor: the field resolver reports it
    }
    let window;
    try {
      window = timeWindow(args.asOf as string | null, args.during as DateWindow | null);
    } catch {
      return undefined; // a bad date: the field resolver reports it
    }
    page = { after, window, ...connectionSelection(nodes, info) };
  }
  const kinds = args.kinds as RelationType[] | null | undefined;
  const read: RelationsAhead = tie
    ? { types: tie.types, dir: tie.dir, first, ...page }
    : { types: kinds?.length ? kinds : RELATION_TYPES, dir: args.direction as Direction, first, ...page };
  return { read, one: !!tie?.one };
}
