import fs from 'node:fs';
import type { GraphQLInterfaceType, GraphQLResolveInfo } from 'graphql';
import {
  createSchema,
  POSSIBLE_TYPES_FILE,
  printPossibleTypes,
  printSortedSchema,
  SCHEMA_FILE,
} from '../../src/schema';

describe('schema/schema.graphql', () => {
  it('is the SDL the resolvers build (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(printSortedSchema(await createSchema()));
  });

  it('has a fresh possible-types.json beside it (a stale one makes the Apollo cache drop fields of new entity types)', async () => {
    const committed = fs.readFileSync(POSSIBLE_TYPES_FILE, 'utf8');
    expect(committed).toBe(printPossibleTypes(await createSchema()));
    expect(JSON.parse(committed)).toHaveProperty(
      'Entity',
      expect.arrayContaining(['Cluster', 'Organisation', 'Region']),
    );
  });

  it('resolves the type of an Entity synchronously (type-graphql would make every node of a relation list a promise)', async () => {
    const entity = (await createSchema()).getType('Entity') as GraphQLInterfaceType;
    const kinds = ['Cluster', 'Organisation', 'Region'];
    for (const kind of kinds)
      expect(entity.resolveType!({ id: 'x', kind, name: 'X' }, {}, {} as GraphQLResolveInfo, entity)).toBe(kind);
  });
});
