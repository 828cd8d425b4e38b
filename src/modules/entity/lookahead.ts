import { getArgumentValues, isInterfaceType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { RELATION_TYPES, type RelationType } from '../../model/vocabulary';
import { Direction } from './entity.enums';
import { MAX_RELATIONS } from './relations';

/** A `relations` read asked for directly on the entity being resolved (its id is added by the caller). */
export interface RelationsAhead {
  types: readonly RelationType[];
  dir: Direction;
  first: number;
}

/** The `relations` fields selected on the current field's result, through inline and named fragments. */
function relationFields(selections: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: FieldNode[] = []): FieldNode[] {
  for (const s of selections?.selections ?? []) {
    if (s.kind === Kind.FIELD && s.name.value === 'relations') out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) relationFields(s.selectionSet, info, out);
    else if (s.kind === Kind.FRAGMENT_SPREAD) relationFields(info.fragments[s.name.value]?.selectionSet, info, out);
  }
  return out;
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
  for (const node of info.fieldNodes.flatMap((n) => relationFields(n.selectionSet, info))) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, info.variableValues);
    } catch {
      continue; // an invalid argument: the field resolver reports it
    }
    const first = args.first as number;
    if (!Number.isInteger(first) || first < 1 || first > MAX_RELATIONS) continue;
    const kinds = args.kinds as RelationType[] | null | undefined;
    const ahead = { types: kinds?.length ? kinds : RELATION_TYPES, dir: args.direction as Direction, first };
    found.set(`${[...ahead.types].sort().join(',')}|${ahead.dir}|${first}`, ahead);
  }
  return [...found.values()];
}
