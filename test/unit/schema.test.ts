import fs from 'node:fs';
import type { GraphQLInterfaceType, GraphQLResolveInfo } from 'graphql';
import { createSchema, printSortedSchema, SCHEMA_FILE } from '../../src/schema';

describe('schema/schema.graphql', () => {
  it('is the SDL the resolvers build (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(printSortedSchema(await createSchema()));
  });

  it('resolves the type of an Entity synchronously (type-graphql would make every node of a relation list a promise)', async () => {
    const entity = (await createSchema()).getType('Entity') as GraphQLInterfaceType;
    const kinds = ['Cluster', 'Organisation', 'Region'];
    for (const kind of kinds)
      expect(entity.resolveType!({ id: 'x', kind, name: 'X' }, {}, {} as GraphQLResolveInfo, entity)).toBe(kind);
  });
});
