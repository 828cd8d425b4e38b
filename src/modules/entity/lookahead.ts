import { getArgumentValues, isInterfaceType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { RELATION_TYPES, type RelationType } from '../../model/vocabulary';
import { Direction } from './entity.enums';
import { relationKey, type RelationsAhead } from './entity.repository';
import { MAX_RELATIONS } from './entity.service';

/** The fields of a selection set, through inline and named fragments. */
function fieldsOf(selections: SelectionSetNode | undefined, info: Pick<GraphQLResolveInfo, 'fragments'>, out: FieldNode[] = []): FieldNode[] {
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

/**
 * The properties of the entities at the other end of a relation field (`relations`, `members`…)
 * that the query reads: its scalar fields under `node` (each is the stored property of that name),
 * plus what the object fields below need. Reading only these instead of every property made the
 * benchmark's 3-level lookup (8,400 entities) faster and its server's memory smaller.
 */
export function nodeProjection(relationFields: readonly FieldNode[], info: Pick<GraphQLResolveInfo, 'fragments'>): string[] {
  // Every entity of a list resolves its relation field with the same field nodes (of one document).
  let names = projections.get(relationFields);
  if (!names) projections.set(relationFields, (names = projectionOf(relationFields, info)));
  return names;
}

const projections = new WeakMap<readonly FieldNode[], string[]>();

function projectionOf(relationFields: readonly FieldNode[], info: Pick<GraphQLResolveInfo, 'fragments'>): string[] {
  const names = new Set(ALWAYS);
  for (const rel of relationFields) {
    for (const sub of fieldsOf(rel.selectionSet, info)) {
      if (sub.name.value !== 'node') continue;
      for (const f of fieldsOf(sub.selectionSet, info)) {
        const name = f.name.value;
        if (!f.selectionSet && !name.startsWith('__')) names.add(name);
        else if (READS_PROPERTY[name]) names.add(READS_PROPERTY[name]);
      }
    }
  }
  return [...names].sort();
}

/**
 * The `relations` reads a query will make on the entity this field returns, known before it
 * resolves: the lookup can then fetch the entity and its first level of relations in one round trip
 * instead of two. Fields whose arguments are out of range are left to their resolver, which answers
 * with the proper error; a read that @skip/@include turns off only costs the rows it fetched.
 */
export function relationsAhead(info: GraphQLResolveInfo): RelationsAhead[] {
  const def = info.schema.getType('Entity');
  const field = isInterfaceType(def) ? def.getFields().relations : undefined;
  if (!field) return [];
  const found = new Map<string, RelationsAhead>();
  for (const node of info.fieldNodes.flatMap((n) => fieldsOf(n.selectionSet, info)).filter((f) => f.name.value === 'relations')) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, info.variableValues);
    } catch {
      continue; // an invalid argument: the field resolver reports it
    }
    const first = args.first as number;
    if (!Number.isInteger(first) || first < 1 || first > MAX_RELATIONS) continue;
    const kinds = args.kinds as RelationType[] | null | undefined;
    const ahead = { types: kinds?.length ? kinds : RELATION_TYPES, dir: args.direction as Direction, first, props: nodeProjection([node], info) };
    found.set(relationKey({ id: '', ...ahead }), ahead); // the same read asked twice (aliases) is made once
  }
  return [...found.values()];
}
