import fs from 'node:fs';
import { buildSchema, getNamedType } from 'graphql';
import { ENTITY_LIST_FIELDS, typePolicies } from '../../clients/apollo';
import { SCHEMA_FILE } from '../../src/schema';

describe('clients/apollo.ts cache policies', () => {
  // A list field without relayStylePagination keeps only the last page fetchMore brought: the app's list
  // shrinks to one page instead of growing.
  it('pages every Query field that is a keyset connection (first/after) and no other', () => {
    const query = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8')).getQueryType()!;
    const connections = Object.values(query.getFields())
      .filter((f) => getNamedType(f.type).name.endsWith('Connection') && f.args.some((a) => a.name === 'after'))
      .map((f) => f.name)
      .sort();
    expect([...ENTITY_LIST_FIELDS]).toEqual(connections);
    expect(Object.keys(typePolicies.Query.fields ?? {}).sort()).toEqual(connections);
  });
});
