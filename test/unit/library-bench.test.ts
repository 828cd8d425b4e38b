import { Neo4jGraphQL } from '@neo4j/graphql';
import { isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import { createSchema } from '../../src/schema';
import { ENTITY_KINDS, KIND_SPECS } from '../../src/model/vocabulary';
import { tieOf } from '../../src/modules/entity/lookahead';
import { Direction } from '../../src/modules/entity/entity.enum';
import { answerTree, firstDifference } from '../../tools/bench/library/answers';
import { libraryTypeDefs } from '../../tools/bench/library/typedefs';

// The @neo4j/graphql column of `npm run bench` is only worth reading if the library's schema is the
// API's graph and the answers are compared for real.
describe('the @neo4j/graphql side of the benchmark', () => {
  let api: GraphQLSchema;
  let library: GraphQLSchema;
  beforeAll(async () => {
    api = await createSchema();
    // getSchema never connects: a driver to nowhere is enough to build it.
    const driver = neo4j.driver('bolt://127.0.0.1:1');
    library = await new Neo4jGraphQL({ typeDefs: libraryTypeDefs(api), driver }).getSchema();
    await driver.close();
  }, 120_000);

  it('has every property of every kind, and a connection for each of the API’s single-type, one-direction relation fields', () => {
    const entity = library.getType('Entity');
    expect(isObjectType(entity)).toBe(true);
    if (!isObjectType(entity)) return;
    const fields = entity.getFields();
    for (const kind of ENTITY_KINDS)
      for (const name of Object.keys(KIND_SPECS[kind].fields)) expect(fields[name]).toBeDefined();
    expect(fields.relations).toBeDefined();
    // The fields the benchmark's typed lookups read, each with the API's relation type and direction.
    for (const [kind, name] of [
      ['Cluster', 'members'],
      ['Organisation', 'projects'],
      ['Project', 'participants'],
    ]) {
      const tie = tieOf((api.getType(kind) as GraphQLObjectType).getFields()[name])!;
      expect(fields[`${name}Connection`]).toBeDefined();
      const ast = libraryTypeDefs(api)
        .split('\n')
        .find((line) => line.startsWith(`  ${name}:`))!;
      expect(ast).toContain(`type: "${tie.types[0]}", direction: ${tie.dir === Direction.OUTGOING ? 'OUT' : 'IN'}`);
    }
  });

  it('reads the API’s connection answer and the library’s (connection or list) as the same tree, and finds a difference', () => {
    const node = (id: string) => ({ id, name: `N ${id}`, kind: 'Organisation' });
    const apiAnswer = {
      ...node('c'),
      members: { edges: [{ node: { ...node('a'), projects: { edges: [{ node: node('p') }] } } }, { node: node('b') }] },
    };
    const libAnswer = {
      ...node('c'),
      membersConnection: {
        edges: [{ node: { ...node('a'), projectsConnection: { edges: [{ node: node('p') }] } } }, { node: node('b') }],
      },
    };
    expect(firstDifference(answerTree(apiAnswer), answerTree(libAnswer))).toBeNull();
    const generic = { ...node('c'), relations: [node('a'), node('b')] };
    const genericApi = { ...node('c'), relations: { edges: [{ node: node('a') }, { node: node('b') }] } };
    expect(firstDifference(answerTree(genericApi), answerTree(generic))).toBeNull();
    // order matters, and so does a missing or extra entity
    const swapped = { ...node('c'), relations: [node('b'), node('a')] };
    expect(firstDifference(answerTree(genericApi), answerTree(swapped))).toBe('$.under.relations.0.id: "a" ≠ "b"');
    const shorter = { ...node('c'), relations: [node('a')] };
    expect(firstDifference(answerTree(genericApi), answerTree(shorter))).toMatch(/^\$\.under\.relations\.1: /);
  });
});
