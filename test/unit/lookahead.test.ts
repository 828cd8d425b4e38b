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
import { relationKey } from '../../src/modules/entity/entity.repository';
import {
  edgePropsSelected,
  nodeProjection,
  relationsAhead,
  type AheadRead,
  type NestedRead,
} from '../../src/modules/entity/lookahead';
import { encodeRelationCursor } from '../../src/modules/entity/relation.cursor';
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

/** The reads, as sorted plain strings: "TYPES DIR first [after=<id>] [count] props". */
const reads = (query: string, variables?: Record<string, unknown>) =>
  relationsAhead(infoOf(query, variables))
    .map(
      (r) =>
        `${r.types.length === RELATION_TYPES.length ? '*' : [...r.types].sort().join(',')} ${r.dir} ${r.first}${r.after ? ` after=${r.after.id}` : ''}${r.count ? ' count' : ''} ${r.props?.join(',') ?? '*'}`,
    )
    .sort();

describe('look-ahead: the relation reads of an entity lookup, known before it resolves', () => {
  it('finds none when the query reads no relation field (sources, country and located have their own loaders)', () => {
    expect(
      reads('{ entity(id: "x") { id name sources { id } ... on Region { country { id } located { id } } } }'),
    ).toEqual([]);
  });

  it.each([
    [
      'the generic relations field with its arguments and defaults',
      '{ entity(id: "x") { relations { edges { node { id } } } r: relations(kinds: [MEMBER_OF, FOUNDED], direction: INCOMING, first: 5) { edges { kind node { name } } } } }',
      ['* BOTH 100 id,kind,name', 'FOUNDED,MEMBER_OF INCOMING 5 id,kind,name'],
    ],
    [
      'typed relation fields under a fragment on their kind, list fields with their page, one-entity fields with every property',
      '{ entity(id: "x") { ... on Cluster { members(first: 3) { edges { node { id description } } } region { id } } } }',
      ['LOCATED_IN OUTGOING 1 *', 'MEMBER_OF INCOMING 3 description,id,kind,name'],
    ],
    [
      'a field name that reads differently on each kind apart (events of a cluster, of a project)',
      '{ entity(id: "x") { ... on Cluster { events { edges { node { id } } } } ... on Project { events { edges { node { id } } } } } }',
      ['ATTENDED,HOSTED,ORGANISED OUTGOING 100 id,kind,name', 'EVENT_OF INCOMING 100 id,kind,name'],
    ],
  ])('reads %s', (_what, query, expected) => {
    expect(reads(query)).toEqual(expected);
  });

  it('follows named fragments and variables, and reads a field asked twice (aliases) once', () => {
    const query = `query($n: Int!) { entity(id: "x") { ...P ...P2 } }
      fragment P on Project { participants(first: $n) { edges { node { id } } } a: participants(first: $n) { edges { node { id } } } }
      fragment P2 on Region { parent { id } }`;
    expect(reads(query, { n: 7 })).toEqual(['PARTICIPATES_IN INCOMING 7 id,kind,name', 'PART_OF OUTGOING 1 *']);
  });

  it('leaves an out-of-range or invalid page size to the field resolver, which names the argument', () => {
    expect(
      reads(
        '{ entity(id: "x") { ... on Alliance { members(first: 0) { edges { node { id } } } founders(first: 1001) { edges { node { id } } } } relations(first: -1) { edges { kind } } } }',
      ),
    ).toEqual([]);
    expect(
      reads('query($n: Int) { entity(id: "x") { ... on Alliance { members(first: $n) { edges { node { id } } } } } }', {
        n: null,
      }),
    ).toEqual([]);
    expect(reads('{ entity(id: "x") { ... on Alliance { members(first: 1000) { edges { node { id } } } } } }')).toEqual(
      ['MEMBER_OF INCOMING 1000 id,kind,name'],
    );
  });

  it('projects the properties read under node: scalars by name, what object fields need, never introspection', () => {
    const info = infoOf(
      '{ entity(id: "x") { relations { edges { node { __typename id description ... on Region { level population } ...S sources { id } relations { edges { kind } } } } } } } fragment S on Source { title }',
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

  it.each([
    [
      'only the node, the cursor and what the tie is (kind, direction, id)',
      '{ edges { __typename id cursor kind direction node { id } } }',
      false,
    ],
    ['no edges at all', '{ totalCount pageInfo { hasNextPage } }', false],
    ['a stored property of the tie', '{ edges { role node { id } } }', true],
    ['the tie’s sources (read from its properties)', '{ edges { sources { id } } }', true],
    ['its visibility, through a named fragment', '{ edges { ...V } }', true],
  ])('reads the tie’s own properties only when an edge field needs them: %s', (_what, selection, expected) => {
    const info = infoOf(`{ entity(id: "x") { relations ${selection} } } fragment V on RelationEdge { visibility }`);
    const fieldNodes = [info.fieldNodes[0].selectionSet!.selections[0] as FieldNode];
    expect(edgePropsSelected(fieldNodes, info)).toBe(expected);
  });

  it('reads ahead the levels below a connection, each for the kinds its fragment names, three levels at most', () => {
    const tree = (reads: AheadRead[]): unknown[] =>
      reads.map((r) => ({
        read: `${[...r.types].sort().join(',')} ${r.dir} ${r.first}`,
        on: (r as NestedRead).on,
        next: tree(r.next),
      }));
    const info = infoOf(
      `{ entity(id: "x") { ... on Alliance { members(first: 2) { edges { node { id ... on Organisation { projects(first: 3) { edges { node { ... on Project { participants(first: 4) { edges { node { relations { edges { node { id } } } } } } } } } } region { id } } relations(first: 5) { edges { node { id } } } } } } } } }`,
    );
    expect(tree(relationsAhead(info))).toEqual([
      {
        read: 'MEMBER_OF INCOMING 2',
        on: null,
        next: [
          {
            read: 'PARTICIPATES_IN OUTGOING 3',
            on: ['Organisation'],
            next: [{ read: 'PARTICIPATES_IN INCOMING 4', on: ['Project'], next: [] }],
          },
          // A one-entity field is read ahead, not what is below it.
          { read: 'LOCATED_IN OUTGOING 1', on: ['Organisation'], next: [] },
          // A field of the Entity interface applies to every kind.
          { read: `${[...RELATION_TYPES].sort().join(',')} BOTH 5`, on: null, next: [] },
        ],
      },
    ]);
  });

  it('counts only when totalCount is selected, and reads from the cursor given as after', () => {
    const after = encodeRelationCursor({ sortName: 'b', id: 'b-org', kind: 'MEMBER_OF', direction: 'INCOMING' });
    expect(
      reads(
        'query($c: String) { entity(id: "x") { ... on Alliance { members(first: 2, after: $c) { totalCount edges { node { id } } } } relations { pageInfo { hasNextPage } edges { kind } } } }',
        { c: after },
      ),
    ).toEqual(['* BOTH 100 id,kind,name', 'MEMBER_OF INCOMING 2 after=b-org count id,kind,name']);
  });

  it('leaves a forged cursor to the field resolver, which answers BAD_USER_INPUT naming after', () => {
    expect(
      reads('{ entity(id: "x") { ... on Alliance { members(after: "bm90IGEgY3Vyc29y") { edges { node { id } } } } } }'),
    ).toEqual([]);
  });

  it('keys a relation read by whether it counts, where it starts and whether it reads the tie: a page without the count (or the tie) never answers one that shows it', () => {
    const q = { id: 'x', types: ['MEMBER_OF' as const], dir: 'INCOMING' as const, first: 2, props: ['id'] };
    const after = { sortName: 'b', id: 'b-org', kind: 'MEMBER_OF' as const, direction: 'INCOMING' as const };
    const keys = new Set([
      relationKey(q),
      relationKey({ ...q, count: true }),
      relationKey({ ...q, after }),
      relationKey({ ...q, after, count: true }),
      relationKey({ ...q, edge: false }),
    ]);
    expect(keys.size).toBe(5);
    expect(relationKey({ ...q, after: null, count: false })).toBe(relationKey(q));
  });
});
