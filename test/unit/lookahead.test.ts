import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { RELATION_TYPES } from '../../src/model/vocabulary';
import { nodeProjection, relationsAhead } from '../../src/modules/entity/lookahead';
import { createSchema } from '../../src/schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/** The resolve info of the top-level `entity` field of `query`, as graphql-js would give its resolver. */
function infoOf(query: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const doc = parse(query);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const fieldNodes = operation.selectionSet.selections.filter(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'entity',
  );
  return {
    fieldNodes,
    fragments,
    schema,
    variableValues,
    returnType: schema.getQueryType()!.getFields().entity.type,
  } as unknown as GraphQLResolveInfo;
}

/** The reads, as sorted plain strings: "TYPES DIR first props". */
const reads = (query: string, variables?: Record<string, unknown>) =>
  relationsAhead(infoOf(query, variables))
    .map(
      (r) =>
        `${r.types.length === RELATION_TYPES.length ? '*' : [...r.types].sort().join(',')} ${r.dir} ${r.first} ${r.props?.join(',') ?? '*'}`,
    )
    .sort();

describe('look-ahead: the relation reads of an entity lookup, known before it resolves', () => {
  it('finds none when the query reads no relation field (sources, country and located have their own loaders)', () => {
    expect(
      reads('{ entity(id: "x") { id name sources { id } ... on Region { country { id } located { id } } } }'),
    ).toEqual([]);
  });

  it('reads the generic relations field with its arguments and defaults', () => {
    expect(
      reads(
        '{ entity(id: "x") { relations { node { id } } r: relations(kinds: [MEMBER_OF, FOUNDED], direction: INCOMING, first: 5) { kind node { name } } } }',
      ),
    ).toEqual(['* BOTH 100 id,kind,name', 'FOUNDED,MEMBER_OF INCOMING 5 id,kind,name']);
  });

  it('reads typed relation fields under a fragment on their kind, list fields with their page, one-entity fields with every property', () => {
    expect(
      reads('{ entity(id: "x") { ... on Cluster { members(first: 3) { node { id description } } region { id } } } }'),
    ).toEqual(['LOCATED_IN OUTGOING 1 *', 'MEMBER_OF INCOMING 3 description,id,kind,name']);
  });

  it('tells apart a field name that reads differently on each kind (events of a cluster, of a project)', () => {
    expect(
      reads(
        '{ entity(id: "x") { ... on Cluster { events { node { id } } } ... on Project { events { node { id } } } } }',
      ),
    ).toEqual(['ATTENDED,HOSTED,ORGANISED OUTGOING 100 id,kind,name', 'EVENT_OF INCOMING 100 id,kind,name']);
  });

  it('follows named fragments and variables, and reads a field asked twice (aliases) once', () => {
    const query = `query($n: Int!) { entity(id: "x") { ...P ...P2 } }
      fragment P on Project { participants(first: $n) { node { id } } a: participants(first: $n) { node { id } } }
      fragment P2 on Region { parent { id } }`;
    expect(reads(query, { n: 7 })).toEqual(['PARTICIPATES_IN INCOMING 7 id,kind,name', 'PART_OF OUTGOING 1 *']);
  });

  it('leaves an out-of-range or invalid page size to the field resolver, which names the argument', () => {
    expect(
      reads(
        '{ entity(id: "x") { ... on Alliance { members(first: 0) { node { id } } founders(first: 1001) { node { id } } } relations(first: -1) { kind } } }',
      ),
    ).toEqual([]);
    expect(
      reads('query($n: Int) { entity(id: "x") { ... on Alliance { members(first: $n) { node { id } } } } }', {
        n: null,
      }),
    ).toEqual([]);
    expect(reads('{ entity(id: "x") { ... on Alliance { members(first: 1000) { node { id } } } } }')).toEqual([
      'MEMBER_OF INCOMING 1000 id,kind,name',
    ]);
  });

  it('projects the properties read under node: scalars by name, what object fields need, never introspection', () => {
    const info = infoOf(
      '{ entity(id: "x") { relations { node { __typename id description ... on Region { level population } ...S sources { id } relations { kind } } } } } fragment S on Source { title }',
    );
    const fieldNodes = [info.fieldNodes[0].selectionSet!.selections[0] as FieldNode];
    expect(nodeProjection(fieldNodes, info)).toEqual([
      'description',
      'id',
      'kind',
      'level',
      'name',
      'population',
      'sources',
      'title',
    ]);
    // The same field nodes (every entity of a list resolves with one info.fieldNodes) give the same array, computed
    // once.
    expect(nodeProjection(fieldNodes, info)).toBe(nodeProjection(fieldNodes, info));
  });
});
